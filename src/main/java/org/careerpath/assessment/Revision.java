package org.careerpath.assessment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/** One revision of an assessment: skill id to rating. */
record Revision(
        long id,
        int number,
        long targetLevelId,
        String label,
        BigDecimal yearsExperience,
        OffsetDateTime createdAt,
        Map<Long, Integer> ratings) {}
