package org.careerpath.salaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.careerpath.levels.Level;
import org.careerpath.support.ModelMother;
import org.junit.jupiter.api.Test;

/** The level comparison is worked out from the bands alone: no Spring, no database. */
class SalaryComparisonTests {

    static Level level(long id, String slug) {
        return ModelMother.level(id, slug, "individual-contributor", (int) id);
    }

    static BandView median(long id, String source, int year, long levelId, long amount) {
        return new BandView(
                id,
                source,
                source,
                source,
                year,
                "survey",
                levelId,
                null,
                null,
                null,
                "label",
                "US",
                "United States",
                "USD",
                "annual",
                "base",
                null,
                null,
                BigDecimal.valueOf(amount),
                null,
                null,
                null,
                null,
                null,
                10,
                null,
                null,
                false);
    }

    @Test
    void stepsBetweenChosenLevelsUseOneSourceAtATimeAndItsLatestYear() {
        Level junior = level(1, "junior");
        Level mle = level(2, "mle");
        Level senior = level(3, "senior");
        Map<Long, List<BandView>> bands = Map.of(
                1L, List.of(median(1, "survey", 2024, 1, 100_000), median(2, "guide", 2025, 1, 90_000)),
                2L, List.of(median(3, "survey", 2023, 2, 110_000), median(4, "survey", 2024, 2, 125_000)),
                3L, List.of(median(5, "survey", 2024, 3, 150_000)));

        SalaryComparison comparison = SalaryComparison.of(List.of(junior, mle, senior), bands);

        assertThat(comparison.withSteps())
                .extracting(SalaryComparison.SourceComparison::source)
                .containsExactly("survey");
        List<SalaryComparison.Step> steps = comparison.withSteps().get(0).steps();
        assertThat(steps).hasSize(2);
        assertThat(steps.get(0).differenceText()).isEqualTo("+$25,000");
        assertThat(steps.get(0).percentText()).isEqualTo("+25.0%");
        assertThat(steps.get(1).differenceText()).isEqualTo("+$25,000");
        assertThat(steps.get(1).percentText()).isEqualTo("+20.0%");
    }

    @Test
    void aFallIsShownWithAMinusSign() {
        Level a = level(1, "a");
        Level b = level(2, "b");
        SalaryComparison comparison = SalaryComparison.of(
                List.of(a, b),
                Map.of(1L, List.of(median(1, "s", 2024, 1, 200_000)), 2L, List.of(median(2, "s", 2024, 2, 150_000))));

        SalaryComparison.Step step = comparison.withSteps().get(0).steps().get(0);
        assertThat(step.differenceText()).isEqualTo("\u2212$50,000");
        assertThat(step.percentText()).isEqualTo("\u221225.0%");
    }
}
