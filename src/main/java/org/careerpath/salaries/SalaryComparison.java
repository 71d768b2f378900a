package org.careerpath.salaries;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.levels.Level;
import org.careerpath.web.Formats;

/**
 * Salaries of chosen levels side by side: for each source, the median it gives at each level (its latest
 * year when it has several) and the change from one chosen level to the next where it gives both. Pure:
 * built from the bands alone.
 */
public record SalaryComparison(
        List<Level> chosen, Map<Long, List<BandView>> bandsByLevel, List<SourceComparison> sources) {

    /** A level's median from one source, and the change to the next chosen level. */
    public record Step(String fromLevel, String toLevel, BigDecimal fromMedian, BigDecimal toMedian) {

        public BigDecimal difference() {
            return toMedian.subtract(fromMedian);
        }

        public String fromText() {
            return Formats.money(fromMedian);
        }

        public String toText() {
            return Formats.money(toMedian);
        }

        public String differenceText() {
            BigDecimal d = difference();
            return (d.signum() >= 0 ? "+" : "\u2212") + Formats.money(d.abs());
        }

        public String percentText() {
            BigDecimal pct = difference().multiply(BigDecimal.valueOf(100)).divide(fromMedian, 1, RoundingMode.HALF_UP);
            return (pct.signum() >= 0 ? "+" : "\u2212") + pct.abs().toPlainString() + "%";
        }
    }

    /** One source's medians at the chosen levels (null where it has none) and the steps between them. */
    public record SourceComparison(String source, String citation, List<BandView> medians, List<Step> steps) {}

    public static SalaryComparison of(List<Level> chosen, Map<Long, List<BandView>> bandsByLevel) {
        Map<String, Map<Long, BandView>> medians = new LinkedHashMap<>();
        for (Level level : chosen) {
            for (BandView band : bandsByLevel.getOrDefault(level.id(), List.of())) {
                if (band.median() != null) {
                    medians.computeIfAbsent(band.sourceSlug(), k -> new LinkedHashMap<>())
                            .merge(level.id(), band, (a, b) -> a.year() >= b.year() ? a : b);
                }
            }
        }
        List<SourceComparison> comparisons = new ArrayList<>();
        for (var entry : medians.entrySet()) {
            List<BandView> row =
                    chosen.stream().map(l -> entry.getValue().get(l.id())).toList();
            List<Step> steps = new ArrayList<>();
            for (int i = 1; i < chosen.size(); i++) {
                BandView a = row.get(i - 1);
                BandView b = row.get(i);
                if (a != null && b != null) {
                    steps.add(new Step(chosen.get(i - 1).name(), chosen.get(i).name(), a.median(), b.median()));
                }
            }
            String citation = row.stream()
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .map(BandView::citation)
                    .orElse(entry.getKey());
            comparisons.add(new SourceComparison(entry.getKey(), citation, row, steps));
        }
        return new SalaryComparison(chosen, bandsByLevel, comparisons);
    }

    /** The sources that give a median at two or more of the chosen levels. */
    public List<SourceComparison> withSteps() {
        return sources.stream().filter(c -> !c.steps().isEmpty()).toList();
    }
}
