package org.careerpath.salaries;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careerpath.web.Formats;

/**
 * A server-drawn SVG chart of salary figures on one shared dollar scale: the P10-P90 range as a line, the
 * P25-P75 middle half as a box, the median as a tick; ranges without percentiles as a lighter bar; single
 * figures, means and bounds as dots (a dashed line running on means "and above"). Every row has a label of
 * two lines, unique in its chart: the citation, and what the figure is.
 *
 * <p>Drawn twice from the same rows: {@link Layout#WIDE} puts the labels left of the bars, for screens and
 * print; {@link Layout#NARROW} puts them above the bars, for phones, so that the text stays at least 12
 * CSS pixels high on a 320-pixel screen.
 */
public record SalaryChart(Layout layout, int width, int height, List<Tick> ticks, List<Row> rows) {

    /** Geometry of one way of drawing the chart, in SVG units. */
    public enum Layout {
        WIDE(760, 310, 430, 44, 24),
        NARROW(360, 6, 348, 64, 24);

        final int width;
        final int plotLeft;
        final int plotWidth;
        final int rowHeight;
        final int axisHeight;

        Layout(int width, int plotLeft, int plotWidth, int rowHeight, int axisHeight) {
            this.width = width;
            this.plotLeft = plotLeft;
            this.plotWidth = plotWidth;
            this.rowHeight = rowHeight;
            this.axisHeight = axisHeight;
        }

        /** How many characters of a label line fit. */
        int labelChars() {
            return this == WIDE ? 42 : 36;
        }

        public boolean wide() {
            return this == WIDE;
        }
    }

    public record Tick(int x, String label) {}

    /** One figure on one row. Null coordinates mean "not drawn". */
    public record Row(
            String label,
            String sublabel,
            String title,
            int y,
            int labelY,
            int sublabelY,
            int barY,
            Integer whiskerFrom,
            Integer whiskerTo,
            Integer boxFrom,
            Integer boxWidth,
            Integer median,
            Integer rangeFrom,
            Integer rangeWidth,
            Integer dot,
            boolean openEnded) {}

    /** The scale's top: the largest figure among the bands, rounded up to the next $100k. */
    static BigDecimal scaleTop(List<BandView> bands) {
        BigDecimal top =
                bands.stream().map(BandView::top).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal step = BigDecimal.valueOf(100_000);
        BigDecimal rounded = top.divide(step, 0, RoundingMode.CEILING).multiply(step);
        return rounded.signum() == 0 ? step : rounded;
    }

    public static SalaryChart of(List<BandView> bands, BigDecimal scaleTop, Layout layout) {
        List<Tick> ticks = new ArrayList<>();
        for (BigDecimal v = BigDecimal.ZERO; v.compareTo(scaleTop) <= 0; v = v.add(BigDecimal.valueOf(100_000))) {
            ticks.add(new Tick(x(v, scaleTop, layout), Formats.shortMoney(v)));
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int y = layout.axisHeight;
        for (BandView b : bands) {
            String label = shorten(b.shortCitation(), layout.labelChars());
            String sublabel = shorten(sublabel(b), layout.labelChars());
            for (int n = 2; !seen.add(label + "\n" + sublabel); n++) {
                sublabel = shorten(sublabel(b), layout.labelChars() - 4) + " (" + n + ")";
            }
            String title = b.label() + ", " + b.locationName() + " (" + b.citation() + "): " + b.summary() + ". "
                    + b.statisticLabel() + "; " + b.basisWords() + ".";
            int barY = layout.wide() ? y + layout.rowHeight / 2 : y + 48;
            int labelY = layout.wide() ? y + 18 : y + 16;
            int sublabelY = layout.wide() ? y + 35 : y + 33;
            Integer whiskerFrom = null, whiskerTo = null, boxFrom = null, boxWidth = null, median = null;
            Integer rangeFrom = null, rangeWidth = null, dot = null;
            boolean openEnded = false;
            if (b.p10() != null && b.p90() != null) {
                whiskerFrom = x(b.p10(), scaleTop, layout);
                whiskerTo = x(b.p90(), scaleTop, layout);
            }
            if (b.p25() != null && b.p75() != null) {
                boxFrom = x(b.p25(), scaleTop, layout);
                boxWidth = Math.max(2, x(b.p75(), scaleTop, layout) - boxFrom);
            }
            if (b.median() != null) {
                median = x(b.median(), scaleTop, layout);
            }
            switch (b.statistic()) {
                case "range", "median-range" -> {
                    rangeFrom = x(b.minAmount(), scaleTop, layout);
                    rangeWidth = Math.max(2, x(b.maxAmount(), scaleTop, layout) - rangeFrom);
                }
                case "median" -> {
                    if (b.minAmount() != null && b.maxAmount() != null) {
                        rangeFrom = x(b.minAmount(), scaleTop, layout);
                        rangeWidth = Math.max(2, x(b.maxAmount(), scaleTop, layout) - rangeFrom);
                    }
                }
                case "lower-bound" -> {
                    dot = x(b.minAmount(), scaleTop, layout);
                    openEnded = true;
                }
                case "upper-bound" -> dot = x(b.maxAmount(), scaleTop, layout);
                case "single" -> dot = x(b.amount(), scaleTop, layout);
                case "mean" -> {
                    dot = x(b.mean(), scaleTop, layout);
                    if (b.minAmount() != null && b.maxAmount() != null) {
                        rangeFrom = x(b.minAmount(), scaleTop, layout);
                        rangeWidth = Math.max(2, x(b.maxAmount(), scaleTop, layout) - rangeFrom);
                    }
                }
                case "p90" -> {
                    if (whiskerFrom == null) {
                        dot = x(b.p90(), scaleTop, layout);
                        openEnded = true;
                    }
                }
                default -> {}
            }
            rows.add(new Row(
                    label,
                    sublabel,
                    title,
                    y,
                    labelY,
                    sublabelY,
                    barY,
                    whiskerFrom,
                    whiskerTo,
                    boxFrom,
                    boxWidth,
                    median,
                    rangeFrom,
                    rangeWidth,
                    dot,
                    openEnded));
            y += layout.rowHeight;
        }
        return new SalaryChart(layout, layout.width, y + 6, ticks, rows);
    }

    /** The second line of a row's label: what the figure is. */
    static String sublabel(BandView b) {
        if (b.computed()) {
            return b.basisLabel() + ", n = " + Formats.count(b.sampleSize());
        }
        return b.label();
    }

    public int plotRight() {
        return layout.plotLeft + layout.plotWidth;
    }

    /** Where the last tick's label is, so it can be anchored at its end and stay inside the chart. */
    public int lastTickX() {
        return ticks.isEmpty() ? -1 : ticks.get(ticks.size() - 1).x();
    }

    public int plotLeft() {
        return layout.plotLeft;
    }

    static int x(BigDecimal amount, BigDecimal scaleTop, Layout layout) {
        return layout.plotLeft
                + amount.multiply(BigDecimal.valueOf(layout.plotWidth))
                        .divide(scaleTop, 0, RoundingMode.HALF_UP)
                        .intValue();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
