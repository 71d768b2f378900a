package org.careerpath.assessment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * What one saving of the form says, in ids: the target, the optional details, the steps chosen and the
 * dimensions left "not sure". Built from a valid form or a valid import file.
 */
record Answers(
        long targetLevelId, String label, BigDecimal yearsExperience, Map<Long, Integer> ratings, Set<Long> unsure) {}
