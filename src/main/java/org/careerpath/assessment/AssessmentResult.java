package org.careerpath.assessment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.careerpath.levels.Level;
import org.careerpath.salaries.LevelPay;
import org.careerpath.skills.Dimension;
import org.careerpath.web.Formats;

/** Everything the results page shows, worked out from the latest revision. */
record AssessmentResult(
        int revision,
        String label,
        BigDecimal yearsExperience,
        OffsetDateTime savedAt,
        Level target,
        List<TrackEstimate> estimates,
        LevelMatch targetMatch,
        List<CategoryReadiness> readiness,
        List<DimensionGap> gaps,
        List<Dimension> notRatedYet,
        List<Dimension> unsure,
        int ticked,
        List<RatingChange> changes,
        List<String> closedGaps,
        LevelPay estimatedPay,
        LevelPay targetPay,
        List<RatedDimension> ratings,
        List<MentorComparison> mentors) {

    static final int CHART_SCALE = 320;
    static final int CHART_ROW = 40;

    /** The estimate on the target's track. */
    public TrackEstimate onTargetTrack() {
        return estimates.stream()
                .filter(e -> e.trackSlug().equals(target.trackSlug()))
                .findFirst()
                .orElseThrow();
    }

    public Level estimated() {
        return onTargetTrack().estimated();
    }

    public List<DimensionGap> focus() {
        return gaps.stream().filter(DimensionGap::focus).toList();
    }

    /** Rated dimensions that are retired: kept as they were answered. */
    public List<RatedDimension> retired() {
        return ratings.stream()
                .filter(r -> r.dimension().retired() && r.rated())
                .toList();
    }

    public List<ReadinessChartRow> chart() {
        List<ReadinessChartRow> rows = new ArrayList<>();
        int y = 24;
        for (CategoryReadiness c : readiness) {
            rows.add(new ReadinessChartRow(
                    c.name(),
                    y,
                    (int) Math.round(c.averageRating() / c.maxStep() * CHART_SCALE),
                    (int) Math.round(c.averageExpected() / c.maxStep() * CHART_SCALE),
                    c.averageRatingText(),
                    c.averageExpectedText()));
            y += CHART_ROW;
        }
        return rows;
    }

    public int chartHeight() {
        return 24 + readiness.size() * CHART_ROW + 8;
    }

    public String yearsText() {
        return Formats.decimal(yearsExperience);
    }
}
