package org.careerpath.assessment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

/**
 * One revision of an assessment.
 *
 * @param ratings dimension id to the step chosen
 * @param unsure dimensions answered "not sure": neither met nor a gap
 */
record Revision(
        long id,
        int number,
        long targetLevelId,
        String label,
        BigDecimal yearsExperience,
        OffsetDateTime createdAt,
        Map<Long, Integer> ratings,
        Set<Long> unsure) {

    Answers answers() {
        return new Answers(targetLevelId, label, yearsExperience, ratings, unsure);
    }
}
