package org.careerpath.assessment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.careerpath.levels.Level;
import org.careerpath.salaries.BandView;
import org.careerpath.web.Formats;

/** Everything the results page shows, worked out from the latest revision. */
record AssessmentResult(
        String token,
        int revision,
        String label,
        BigDecimal yearsExperience,
        OffsetDateTime savedAt,
        Level target,
        Level estimated,
        Level firstOfTrack,
        LevelFit estimatedFit,
        LevelFit targetFit,
        List<CategoryReadiness> readiness,
        List<SkillGap> gaps,
        int ticked,
        List<RatingChange> changes,
        List<String> closedGaps,
        List<BandView> estimatedPay,
        List<BandView> targetPay,
        List<RatedSkill> ratings) {

    static final int CHART_SCALE = 320;
    static final int CHART_ROW = 40;

    public List<ReadinessChartRow> chart() {
        List<ReadinessChartRow> rows = new ArrayList<>();
        int y = 24;
        for (CategoryReadiness c : readiness) {
            rows.add(new ReadinessChartRow(
                    c.name(),
                    y,
                    (int) Math.round(c.averageRating() / 4 * CHART_SCALE),
                    (int) Math.round(c.averageExpected() / 4 * CHART_SCALE),
                    c.averageRatingText(),
                    c.averageExpectedText()));
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

    public String yearsText() {
        return Formats.decimal(yearsExperience);
    }
}
