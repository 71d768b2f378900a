package org.careerpath.salaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careerpath.levels.Level;
import org.careerpath.support.ModelMother;
import org.junit.jupiter.api.Test;

/** The level comparison is worked out from the reconciled pay alone: no Spring, no database. */
class SalaryComparisonTests {

    static final Level MLE = ModelMother.level(2, "mle", "individual-contributor", 2);
    static final Level SENIOR = ModelMother.level(3, "senior", "individual-contributor", 3);
    static final Level STAFF = ModelMother.level(4, "staff", "individual-contributor", 4);

    static LevelPay pay(Level level, BandView... bands) {
        return LevelPay.of(level, BandMother.US, BandMother.US, List.of(bands));
    }

    @Test
    void aStepIsMeasuredWithinOneSourceWhenOneGivesBothLevels() {
        var guide = BandMother.source("guide", 5, 2026);
        LevelPay mle = pay(
                MLE,
                BandMother.band(MLE).computed(940, 1, 2, 172_000, 4, 5).build(),
                BandMother.band(MLE).from(guide).median(150_000).build());
        LevelPay senior = pay(
                SENIOR,
                BandMother.band(SENIOR).computed(2968, 1, 2, 201_730, 4, 5).build(),
                BandMother.band(SENIOR).from(guide).median(181_300).build());

        SalaryComparison c = SalaryComparison.of(List.of(MLE, SENIOR), List.of(mle, senior));

        assertThat(c.steps()).singleElement().satisfies(step -> {
            assertThat(step.sameSource()).isTrue();
            assertThat(step.fromBand().computed()).as("the survey first").isTrue();
            assertThat(step.differenceText()).isEqualTo("+$29,730");
            assertThat(step.percentText()).isEqualTo("+17.3%");
            assertThat(step.how()).startsWith("Both from survey publisher survey, 2024");
        });
        assertThat(c.mixed()).isFalse();
        assertThat(c.sources()).extracting(SalaryComparison.SourceRow::slug).containsExactly("survey", "guide");
    }

    @Test
    void whereNoSourceGivesBothLevelsTheStepSaysWhichSourcesItMixes() {
        var guide = BandMother.source("skillexchange", 6, 2026);
        LevelPay senior = pay(
                SENIOR,
                BandMother.band(SENIOR).computed(2968, 1, 2, 200_000, 4, 5).build());
        LevelPay staff =
                pay(STAFF, BandMother.band(STAFF).from(guide).atLeast(250_000).build());

        SalaryComparison c = SalaryComparison.of(List.of(SENIOR, STAFF), List.of(senior, staff));

        assertThat(c.mixed()).isTrue();
        assertThat(c.steps()).singleElement().satisfies(step -> {
            assertThat(step.sameSource()).isFalse();
            assertThat(step.how())
                    .startsWith("Mixed sources:")
                    .contains("survey publisher survey, 2024", "skillexchange publisher, 2026", "lower bound")
                    .contains("indicative only");
            assertThat(step.toText()).isEqualTo("above $250,000 (lower bound)");
        });
    }
}
