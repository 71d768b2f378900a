package org.careerpath.assessment;

import org.careerpath.skills.Dimension;

/**
 * One dimension as this assessment saw it: the rating (null when not rated), the target's expectation
 * (null for a retired dimension), whether it was answered "not sure" and whether it was on the form when the assessment was taken.
 */
record RatedDimension(Dimension dimension, Integer rating, boolean unsure, String ratingLabel, Integer expected) {

    public boolean rated() {
        return rating != null;
    }

    public int gap() {
        return rating == null || expected == null ? 0 : Math.max(0, expected - rating);
    }
}
