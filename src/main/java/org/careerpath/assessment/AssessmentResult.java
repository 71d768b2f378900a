package org.careerpath.assessment;

import java.util.List;
import org.careerpath.certifications.CertificationViews.Certification;
import org.careerpath.levels.LevelSummary;
import org.careerpath.salaries.BandView;

/** Everything the results page shows, worked out from the latest revision. */
record AssessmentResult(
        String token,
        int revision,
        String label,
        java.math.BigDecimal yearsExperience,
        java.time.OffsetDateTime savedAt,
        LevelSummary target,
        LevelSummary estimated,
        LevelSummary firstOfTrack,
        Scoring.Fit estimatedFit,
        Scoring.Fit targetFit,
        List<CategoryReadiness> readiness,
        List<Gap> gaps,
        int ticked,
        List<Change> changes,
        List<String> closedGaps,
        List<BandView> estimatedPay,
        List<BandView> targetPay,
        List<Rated> ratings) {

    /** Met skills of one category against the target, and average rating against average expectation. */
    record CategoryReadiness(
            String slug, String name, int met, int total, double averageRating, double averageExpected) {

        public int percent() {
            return total == 0 ? 0 : Math.round(met * 100f / total);
        }
    }

    /** A skill below the target, with what to do about it. */
    record Gap(
            long skillId,
            String slug,
            String name,
            String category,
            int expected,
            String expectedName,
            int rating,
            String ratingName,
            String advice,
            List<Certification> certifications,
            boolean ticked) {

        public int size() {
            return expected - rating;
        }
    }

    /** A skill whose rating changed since the previous revision. */
    record Change(String slug, String name, int before, int after) {

        public boolean rose() {
            return after > before;
        }
    }

    /** One rating with the target's expectation, for the downloads. */
    record Rated(String slug, String name, String category, int rating, int expected) {

        public int gap() {
            return Math.max(0, expected - rating);
        }
    }

    /** One category of the ratings chart: your average and the target's, as bar widths on a 0-4 scale. */
    record ChartRow(String name, int y, int yours, int target, String yoursText, String targetText) {}

    static final int CHART_SCALE = 320;
    static final int CHART_ROW = 40;

    public List<ChartRow> chart() {
        List<ChartRow> rows = new java.util.ArrayList<>();
        int y = 24;
        for (CategoryReadiness c : readiness) {
            rows.add(new ChartRow(
                    c.name(),
                    y,
                    (int) Math.round(c.averageRating() / 4 * CHART_SCALE),
                    (int) Math.round(c.averageExpected() / 4 * CHART_SCALE),
                    String.format(java.util.Locale.ROOT, "%.1f", c.averageRating()),
                    String.format(java.util.Locale.ROOT, "%.1f", c.averageExpected())));
            y += CHART_ROW;
        }
        return rows;
    }

    public int chartHeight() {
        return 24 + readiness.size() * CHART_ROW + 8;
    }

    public int metOverall() {
        return readiness.stream().mapToInt(CategoryReadiness::met).sum();
    }

    public int totalOverall() {
        return readiness.stream().mapToInt(CategoryReadiness::total).sum();
    }
}
