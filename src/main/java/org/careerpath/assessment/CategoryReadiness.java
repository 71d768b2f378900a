package org.careerpath.assessment;

import org.careerpath.web.Formats;

/**
 * One category against the target: of its dimensions, how many were rated and met, and the average
 * rating against the average expectation (over rated dimensions).
 */
record CategoryReadiness(
        String slug,
        String name,
        int met,
        int rated,
        int total,
        double averageRating,
        double averageExpected,
        int maxStep) {

    public int percent() {
        return rated == 0 ? 0 : Math.round(met * 100f / rated);
    }

    public String averageRatingText() {
        return rated == 0 ? "—" : Formats.oneDecimal(averageRating);
    }

    public String averageExpectedText() {
        return Formats.oneDecimal(averageExpected);
    }
}
