package org.careerpath.salaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import org.careerpath.levels.Level;
import org.careerpath.support.ModelMother;
import org.junit.jupiter.api.Test;

/** The salary chart is drawn from the bands alone: no Spring, no database. */
class SalaryChartTests {

    static final Level SENIOR = ModelMother.level(3, "senior", "individual-contributor", 3);
    static final BigDecimal TOP = BigDecimal.valueOf(400_000);

    @Test
    void scaleRoundsTheLargestFigureUpToTheNextHundredThousand() {
        List<BandView> bands = List.of(BandMother.band(SENIOR)
                .computed(10, 100_000, 150_000, 200_000, 250_000, 312_200)
                .build());

        assertThat(SalaryChart.scaleTop(bands)).isEqualByComparingTo("400000");
        assertThat(SalaryChart.scaleTop(List.of())).isEqualByComparingTo("100000");
    }

    @Test
    void percentilesBecomeAWhiskerABoxAndAMedianTickOnTheSharedScale() {
        BandView b = BandMother.band(SENIOR)
                .computed(10, 100_000, 150_000, 200_000, 250_000, 300_000)
                .build();
        for (SalaryChart.Layout layout : SalaryChart.Layout.values()) {
            SalaryChart chart = SalaryChart.of(List.of(b), TOP, layout);

            SalaryChart.Row row = chart.rows().get(0);
            int left = chart.plotLeft();
            int quarter = (chart.plotRight() - left) / 4;
            assertThat(row.whiskerFrom())
                    .as(layout.name())
                    .isCloseTo(left + quarter, org.assertj.core.data.Offset.offset(1));
            assertThat(row.whiskerTo())
                    .as(layout.name())
                    .isCloseTo(left + 3 * quarter, org.assertj.core.data.Offset.offset(2));
            assertThat(row.median())
                    .as(layout.name())
                    .isCloseTo(left + 2 * quarter, org.assertj.core.data.Offset.offset(1));
            assertThat(row.dot()).isNull();
            assertThat(chart.ticks())
                    .extracting(SalaryChart.Tick::label)
                    .containsExactly("$0k", "$100k", "$200k", "$300k", "$400k");
        }
    }

    @Test
    void aRangeIsABarASingleFigureADotAndALowerBoundAnOpenEndedDot() {
        BandView range = BandMother.band(SENIOR).range(150_000, 280_000).build();
        BandView single = BandMother.band(SENIOR).single(258_810).build();
        BandView floor = BandMother.band(SENIOR).atLeast(250_000).build();
        SalaryChart chart = SalaryChart.of(List.of(range, single, floor), TOP, SalaryChart.Layout.WIDE);

        assertThat(chart.rows().get(0).rangeFrom())
                .isEqualTo(SalaryChart.x(BigDecimal.valueOf(150_000), TOP, SalaryChart.Layout.WIDE));
        assertThat(chart.rows().get(0).median()).isNull();
        assertThat(chart.rows().get(1).dot())
                .isEqualTo(SalaryChart.x(BigDecimal.valueOf(258_810), TOP, SalaryChart.Layout.WIDE));
        assertThat(chart.rows().get(1).median())
                .as("a single figure is never drawn as a median")
                .isNull();
        assertThat(chart.rows().get(1).openEnded()).isFalse();
        assertThat(chart.rows().get(2).openEnded()).isTrue();
    }

    @Test
    void everyRowHasItsOwnTwoLineLabelEvenWhenOneSourceGivesSeveralFigures() {
        var source = BandMother.source("overview", 7, null);
        List<BandView> bands = List.of(
                BandMother.band(SENIOR).from(source).mean(129_660).build(),
                BandMother.band(SENIOR).from(source).mean(177_177).build(),
                BandMother.band(SENIOR).from(source).single(210_000).build(),
                BandMother.band(SENIOR).computed(2968, 1, 2, 3, 4, 5).build());
        for (SalaryChart.Layout layout : SalaryChart.Layout.values()) {
            SalaryChart chart = SalaryChart.of(bands, TOP, layout);
            var labels = new HashSet<String>();
            chart.rows().forEach(r -> labels.add(r.label() + " / " + r.sublabel()));
            assertThat(labels).as(layout.name()).hasSize(bands.size());
            assertThat(chart.rows().get(0).label()).isEqualTo("overview publisher, undated");
            assertThat(chart.rows().get(3).label()).startsWith("survey publisher survey, 2024");
            assertThat(chart.rows().get(3).sublabel()).isEqualTo("Gross salary, n = 2,968");
        }
        // on a phone the labels sit above the bar, not beside it
        SalaryChart narrow = SalaryChart.of(bands, TOP, SalaryChart.Layout.NARROW);
        assertThat(narrow.rows().get(0).sublabelY())
                .isLessThan(narrow.rows().get(0).barY() - 9);
        assertThat(narrow.width())
                .isLessThan(SalaryChart.of(bands, TOP, SalaryChart.Layout.WIDE).width() / 2);
    }
}
