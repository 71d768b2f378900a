package org.careerpath.assessment;

import org.careerpath.web.Formats;

/** Met skills of one category against the target, and average rating against average expectation. */
record CategoryReadiness(String slug, String name, int met, int total, double averageRating, double averageExpected) {

    public int percent() {
        return total == 0 ? 0 : Math.round(met * 100f / total);
    }

    public String averageRatingText() {
        return Formats.oneDecimal(averageRating);
    }

    public String averageExpectedText() {
        return Formats.oneDecimal(averageExpected);
    }
}
