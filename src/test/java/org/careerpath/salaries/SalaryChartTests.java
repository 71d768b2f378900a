package org.careerpath.salaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The salary chart is drawn from the bands alone: no Spring, no database. */
class SalaryChartTests {

    static BandView band(long id, Integer n, Long p10, Long p25, Long median, Long p75, Long p90, Long min, Long max) {
        return new BandView(
                id,
                "survey",
                "aijobs.net",
                "Survey",
                2024,
                "survey",
                3L,
                "senior",
                "Senior ML Engineer",
                null,
                "label " + id,
                "US",
                "United States",
                "USD",
                "annual",
                "base",
                money(p10),
                money(p25),
                money(median),
                money(p75),
                money(p90),
                null,
                money(min),
                money(max),
                n,
                null,
                null,
                false);
    }

    static BigDecimal money(Long amount) {
        return amount == null ? null : BigDecimal.valueOf(amount);
    }

    @Test
    void scaleRoundsTheLargestFigureUpToTheNextHundredThousand() {
        List<BandView> bands = List.of(band(1, 10, 100_000L, 150_000L, 200_000L, 250_000L, 312_200L, null, null));

        assertThat(SalaryChart.scaleTop(bands)).isEqualByComparingTo("400000");
        assertThat(SalaryChart.scaleTop(List.of())).isEqualByComparingTo("100000");
    }

    @Test
    void percentilesBecomeAWhiskerABoxAndAMedianTickOnTheSharedScale() {
        BandView b = band(1, 10, 100_000L, 150_000L, 200_000L, 250_000L, 300_000L, null, null);
        SalaryChart chart = SalaryChart.of(List.of(b), BigDecimal.valueOf(400_000));

        SalaryChart.Row row = chart.rows().get(0);
        int left = SalaryChart.LABEL_WIDTH;
        int quarter = SalaryChart.PLOT_WIDTH / 4;
        assertThat(row.whiskerFrom()).isEqualTo(left + quarter);
        assertThat(row.whiskerTo()).isEqualTo(left + 3 * quarter);
        assertThat(row.boxFrom()).isEqualTo(left + quarter * 3 / 2);
        assertThat(row.median()).isEqualTo(left + 2 * quarter);
        assertThat(row.dot()).isNull();
        assertThat(chart.ticks())
                .extracting(SalaryChart.Tick::label)
                .containsExactly("$0k", "$100k", "$200k", "$300k", "$400k");
    }

    @Test
    void aRangeIsABarAndAFloorIsAnOpenEndedDot() {
        BandView range = band(1, null, null, null, null, null, null, 150_000L, 280_000L);
        BandView floor = band(2, null, null, null, null, null, null, 250_000L, null);
        SalaryChart chart = SalaryChart.of(List.of(range, floor), BigDecimal.valueOf(400_000));

        assertThat(chart.rows().get(0).rangeFrom())
                .isEqualTo(SalaryChart.x(BigDecimal.valueOf(150_000), BigDecimal.valueOf(400_000)));
        assertThat(chart.rows().get(0).openEnded()).isFalse();
        assertThat(chart.rows().get(1).dot())
                .isEqualTo(SalaryChart.x(BigDecimal.valueOf(250_000), BigDecimal.valueOf(400_000)));
        assertThat(chart.rows().get(1).openEnded()).isTrue();
        assertThat(chart.rows().get(1).y() - chart.rows().get(0).y()).isEqualTo(SalaryChart.ROW_HEIGHT);
    }
}
