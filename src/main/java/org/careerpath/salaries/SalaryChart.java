package org.careerpath.salaries;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.careerpath.web.Formats;

/**
 * A server-drawn SVG chart of salary bands on one shared dollar scale: the P10-P90 range as a line, the
 * P25-P75 middle half as a box, the median as a tick; ranges without percentiles as a lighter bar; single
 * figures (an average, a floor, a ceiling) as dots.
 */
public record SalaryChart(int width, int height, List<Tick> ticks, List<Row> rows) {

    static final int LABEL_WIDTH = 230;
    static final int PLOT_WIDTH = 440;
    static final int ROW_HEIGHT = 30;
    static final int AXIS_HEIGHT = 26;
    static final int RIGHT_PAD = 20;

    public record Tick(int x, String label) {}

    /** One band drawn on one row. Null coordinates mean "not drawn". */
    public record Row(
            String label,
            String title,
            int y,
            Integer whiskerFrom,
            Integer whiskerTo,
            Integer boxFrom,
            Integer boxWidth,
            Integer median,
            Integer rangeFrom,
            Integer rangeWidth,
            Integer dot,
            boolean openEnded) {

        public int centre() {
            return y + ROW_HEIGHT / 2;
        }
    }

    /** The scale's top: the largest figure among the bands, rounded up to the next $100k. */
    static BigDecimal scaleTop(List<BandView> bands) {
        BigDecimal top =
                bands.stream().map(BandView::top).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal step = BigDecimal.valueOf(100_000);
        BigDecimal rounded = top.divide(step, 0, RoundingMode.CEILING).multiply(step);
        return rounded.signum() == 0 ? step : rounded;
    }

    public static SalaryChart of(List<BandView> bands, BigDecimal scaleTop) {
        List<Tick> ticks = new ArrayList<>();
        for (BigDecimal v = BigDecimal.ZERO; v.compareTo(scaleTop) <= 0; v = v.add(BigDecimal.valueOf(100_000))) {
            ticks.add(new Tick(x(v, scaleTop), Formats.shortMoney(v)));
        }
        List<Row> rows = new ArrayList<>();
        int y = AXIS_HEIGHT;
        for (BandView b : bands) {
            String label = shorten(b.citation(), 34);
            String title = b.label() + ", " + b.locationName() + " (" + b.citation() + "): " + b.summary();
            Integer whiskerFrom = null, whiskerTo = null, boxFrom = null, boxWidth = null, median = null;
            Integer rangeFrom = null, rangeWidth = null, dot = null;
            boolean openEnded = false;
            if (b.p10() != null && b.p90() != null) {
                whiskerFrom = x(b.p10(), scaleTop);
                whiskerTo = x(b.p90(), scaleTop);
            }
            if (b.p25() != null && b.p75() != null) {
                boxFrom = x(b.p25(), scaleTop);
                boxWidth = Math.max(2, x(b.p75(), scaleTop) - boxFrom);
            }
            if (b.median() != null) {
                median = x(b.median(), scaleTop);
            }
            if (b.minAmount() != null && b.maxAmount() != null) {
                rangeFrom = x(b.minAmount(), scaleTop);
                rangeWidth = Math.max(2, x(b.maxAmount(), scaleTop) - rangeFrom);
            } else if (b.minAmount() != null) {
                dot = x(b.minAmount(), scaleTop);
                openEnded = true;
            } else if (b.maxAmount() != null) {
                dot = x(b.maxAmount(), scaleTop);
            }
            if (b.mean() != null && median == null && dot == null) {
                dot = x(b.mean(), scaleTop);
            }
            if (median == null && dot == null && whiskerFrom == null && b.p90() != null) {
                dot = x(b.p90(), scaleTop);
                openEnded = true;
            }
            rows.add(new Row(
                    label,
                    title,
                    y,
                    whiskerFrom,
                    whiskerTo,
                    boxFrom,
                    boxWidth,
                    median,
                    rangeFrom,
                    rangeWidth,
                    dot,
                    openEnded));
            y += ROW_HEIGHT;
        }
        return new SalaryChart(LABEL_WIDTH + PLOT_WIDTH + RIGHT_PAD, y + 4, ticks, rows);
    }

    public int plotRight() {
        return LABEL_WIDTH + PLOT_WIDTH;
    }

    static int x(BigDecimal amount, BigDecimal scaleTop) {
        return LABEL_WIDTH
                + amount.multiply(BigDecimal.valueOf(PLOT_WIDTH))
                        .divide(scaleTop, 0, RoundingMode.HALF_UP)
                        .intValue();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
