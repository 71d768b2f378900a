package org.careerpath.salaries;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.careerpath.levels.Level;
import org.careerpath.web.Formats;

/**
 * Pay at chosen levels side by side. Each step from one chosen level to the next is measured within one
 * source where a source gives a median (or percentiles) at both, preferring the survey computed by
 * CareerPath; where none does, the step compares the two levels' central figures and says that it mixes
 * sources, which ones, and what each figure is. Pure: built from the reconciled pay alone.
 */
public record SalaryComparison(List<Level> chosen, List<LevelPay> pay, List<Step> steps, List<SourceRow> sources) {

    /** One step between two chosen levels. */
    public record Step(Level from, Level to, BandView fromBand, BandView toBand, boolean sameSource) {

        BigDecimal fromValue() {
            return LevelPay.centralValue(fromBand);
        }

        BigDecimal toValue() {
            return LevelPay.centralValue(toBand);
        }

        public String fromText() {
            return fromBand.figureText();
        }

        public String toText() {
            return toBand.figureText();
        }

        public String differenceText() {
            BigDecimal d = toValue().subtract(fromValue());
            return (d.signum() >= 0 ? "+" : "\u2212") + Formats.money(d.abs());
        }

        public String percentText() {
            BigDecimal d = toValue().subtract(fromValue());
            BigDecimal pct = d.multiply(BigDecimal.valueOf(100)).divide(fromValue(), 1, RoundingMode.HALF_UP);
            return (pct.signum() >= 0 ? "+" : "\u2212") + pct.abs().toPlainString() + "%";
        }

        /** How the step was measured, in words. */
        public String how() {
            if (sameSource) {
                return "Both from " + fromBand.citation() + ", " + fromBand.locationName()
                        + (fromBand.distribution() ? "." : " (" + fromBand.statisticWords() + " at both levels).");
            }
            return "Mixed sources: " + from.name() + " from " + fromBand.citation() + " (" + fromBand.statisticWords()
                    + ", " + fromBand.basisWords() + "), " + to.name() + " from " + toBand.citation() + " ("
                    + toBand.statisticWords() + ", " + toBand.basisWords()
                    + "). No one source gives both levels; the difference is indicative only.";
        }
    }

    /** One source's figure at each chosen level (null where it gives none). */
    public record SourceRow(String slug, String citation, List<BandView> figures) {}

    public static SalaryComparison of(List<Level> chosen, List<LevelPay> pay) {
        List<Step> steps = new ArrayList<>();
        for (int i = 1; i < chosen.size(); i++) {
            LevelPay a = pay.get(i - 1);
            LevelPay b = pay.get(i);
            Step same = sameSource(chosen.get(i - 1), chosen.get(i), a, b);
            if (same != null) {
                steps.add(same);
            } else if (a.central() != null && b.central() != null) {
                steps.add(new Step(chosen.get(i - 1), chosen.get(i), a.central(), b.central(), false));
            }
        }
        Map<String, BandView[]> bySource = new LinkedHashMap<>();
        for (int i = 0; i < pay.size(); i++) {
            for (BandView band : pay.get(i).bands()) {
                BandView[] row = bySource.computeIfAbsent(band.sourceSlug(), k -> new BandView[chosen.size()]);
                if (row[i] == null) {
                    row[i] = band;
                }
            }
        }
        List<SourceRow> rows = new ArrayList<>();
        bySource.forEach((slug, row) -> rows.add(new SourceRow(
                slug,
                java.util.Arrays.stream(row)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElseThrow()
                        .citation(),
                java.util.Arrays.asList(row))));
        return new SalaryComparison(chosen, pay, steps, rows);
    }

    /**
     * The step measured within one source: where it gives a median at both levels, the survey first;
     * otherwise where it gives the same kind of figure at both (two lower bounds, two ranges).
     */
    private static Step sameSource(Level from, Level to, LevelPay a, LevelPay b) {
        for (boolean medians : new boolean[] {true, false}) {
            for (BandView x : a.bands()) {
                for (BandView y : b.bands()) {
                    boolean kind = medians
                            ? x.distribution() && y.distribution()
                            : x.statistic().equals(y.statistic()) && !"p90".equals(x.statistic());
                    if (kind
                            && x.sourceSlug().equals(y.sourceSlug())
                            && x.locationCode().equals(y.locationCode())
                            && Objects.equals(x.year(), y.year())) {
                        return new Step(from, to, x, y, true);
                    }
                }
            }
        }
        return null;
    }

    /** Whether any step mixes sources. */
    public boolean mixed() {
        return steps.stream().anyMatch(s -> !s.sameSource());
    }
}
