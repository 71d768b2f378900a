package org.careerpath.salaries;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.levels.Level;
import org.careerpath.sources.Source;
import org.careerpath.web.Formats;

/**
 * Pay at one level in one place, reconciled: every figure the sources give there (or, where none does, in
 * the nearest wider place), the range across them, the one CareerPath treats as central and why.
 *
 * @param asked the place the reader asked about
 * @param shown the place the figures are for: the asked place, or the nearest wider one with data (null
 *     when no source anywhere speaks of the level)
 * @param central the figure treated as central, or null when there are none
 * @param low the lowest median, mean, single figure or range end across the sources (null when none)
 * @param belowLevelUnder when the central figure is lower than the level below's on the same track, why
 *     (always a finding of one source; mixed sources are never compared this way)
 */
public record LevelPay(
        Level level,
        SalaryLocation asked,
        SalaryLocation shown,
        List<BandView> bands,
        BandView central,
        String centralReason,
        BigDecimal low,
        BigDecimal high,
        String belowLevelUnder) {

    public boolean empty() {
        return bands.isEmpty();
    }

    /** Whether the figures are for a wider place than the one asked about. */
    public boolean fallback() {
        return shown != null && !shown.code().equals(asked.code());
    }

    /** The sources of the figures, in the order they are listed. */
    public List<Source> sources() {
        Map<String, Source> sources = new LinkedHashMap<>();
        bands.forEach(b -> sources.putIfAbsent(b.sourceSlug(), b.source()));
        return new ArrayList<>(sources.values());
    }

    /** "$139,650–$201,730", "$250,000" or empty when the sources give only bounds. */
    public String rangeText() {
        if (low == null) {
            return "";
        }
        return low.compareTo(high) == 0 ? Formats.money(low) : Formats.money(low) + "\u2013" + Formats.money(high);
    }

    /** The central figure in words, "median $201,730", or empty. */
    public String centralText() {
        return central == null ? "" : central.figureText();
    }

    /** The value the ladder orders by: the central figure's median, mean, single figure or bound. */
    BigDecimal centralValue() {
        return central == null ? null : centralValue(central);
    }

    static BigDecimal centralValue(BandView b) {
        return switch (b.statistic()) {
            case "percentiles", "median" -> b.median();
            case "mean" -> b.mean();
            case "single" -> b.amount();
            case "range", "median-range", "lower-bound" -> b.minAmount();
            case "upper-bound" -> b.maxAmount();
            default -> b.p90();
        };
    }

    LevelPay withNote(String note) {
        return new LevelPay(level, asked, shown, bands, central, centralReason, low, high, note);
    }

    /**
     * Reconciles the figures for one level in one place. The central figure is, in this order: a band
     * computed from survey responses (a stated method, a sample size and a year); a median from a dated
     * source; a mean; a single quoted figure; a range; a bound. The range across sources takes every
     * median, mean, single figure and range end; bounds and a lone 90th percentile only say where pay is not.
     */
    static LevelPay of(Level level, SalaryLocation asked, SalaryLocation shown, List<BandView> bands) {
        BandView central = bands.stream()
                .min(Comparator.comparingInt(LevelPay::preference)
                        .thenComparing(b -> b.year() == null)
                        .thenComparingInt(b -> b.source().position()))
                .orElse(null);
        BigDecimal low = null;
        BigDecimal high = null;
        for (BandView b : bands) {
            for (BigDecimal v : b.headlineValues()) {
                low = low == null || v.compareTo(low) < 0 ? v : low;
                high = high == null || v.compareTo(high) > 0 ? v : high;
            }
        }
        return new LevelPay(level, asked, shown, List.copyOf(bands), central, reason(central, bands), low, high, null);
    }

    private static int preference(BandView b) {
        if (b.computed()) {
            return 0;
        }
        return switch (b.statistic()) {
            case "percentiles", "median" -> b.year() != null ? 1 : 2;
            case "mean" -> 3;
            case "single" -> 4;
            case "range", "median-range" -> 5;
            default -> 6;
        };
    }

    private static String reason(BandView central, List<BandView> bands) {
        if (central == null) {
            return "";
        }
        if (central.computed()) {
            return "it is computed from " + Formats.count(central.sampleSize()) + " survey responses for "
                    + central.year() + ", with a stated method, a sample size and a year. It is gross salary: "
                    + "higher than base salary where bonuses are included, lower than total compensation with equity.";
        }
        long others = bands.stream().filter(b -> b != central).count();
        String alone = others == 0 ? "it is the only figure a source gives here" : null;
        return switch (central.statistic()) {
            case "percentiles", "median" ->
                alone != null
                        ? alone + ": a median, " + (central.year() == null ? "though undated" : "for " + central.year())
                        : "no survey responses are computed here, and it is the best-dated median among the sources";
            case "mean" ->
                (alone != null ? alone : "no source gives a median here") + ": a mean, which high salaries pull up";
            case "single" ->
                (alone != null ? alone : "no source gives a median or mean here")
                        + ": a single figure whose statistic the source does not state";
            case "range", "median-range" ->
                (alone != null ? alone : "no source gives a median, mean or single figure here")
                        + ": a range, taken from its lower end";
            default ->
                (alone != null ? alone : "no source gives more than a bound here")
                        + ": a bound, so it says where pay starts or ends, not where it is typical";
        };
    }
}
