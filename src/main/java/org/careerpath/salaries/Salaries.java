package org.careerpath.salaries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.Level;
import org.careerpath.sources.Source;

/**
 * Every salary source and band: the published bands and those computed from raw survey responses (only
 * groups with enough responses), with the ladder that orders them.
 */
public record Salaries(List<Source> sources, List<BandView> bands, Optional<ImportStatus> lastImport, Ladder ladder) {

    /** Computed bands with fewer observations than this are never published. */
    public static final int MIN_SAMPLE = 10;

    /**
     * Every band that passes the filter: ladder order of the level first (whole-occupation bands last),
     * then published before computed, then source order, then US national before other locations.
     */
    public List<BandView> bands(SalaryFilter filter) {
        return bands.stream().filter(filter::matches).sorted(order()).toList();
    }

    private Comparator<BandView> order() {
        List<Level> levels = ladder.levels();
        List<String> sourceOrder = sources.stream().map(Source::slug).toList();
        return Comparator.comparingInt((BandView b) -> b.levelId() == null
                        ? Integer.MAX_VALUE
                        : levels.indexOf(ladder.byId(b.levelId()).orElseThrow()))
                .thenComparing(BandView::computed)
                .thenComparingInt(b -> sourceOrder.indexOf(b.sourceSlug()))
                .thenComparing(b -> !"US".equals(b.locationCode()))
                .thenComparing(BandView::locationCode)
                .thenComparing(BandView::year, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(BandView::label)
                .thenComparingLong(BandView::id);
    }

    public SalaryOptions options() {
        List<SalaryLocation> locations = bands.stream()
                .map(b -> new SalaryLocation(
                        b.locationCode(), b.locationName(), b.locationCode().startsWith("US")))
                .distinct()
                .sorted(Comparator.comparing((SalaryLocation l) -> !l.us())
                        .thenComparing(l -> !l.code().equals("US"))
                        .thenComparing(SalaryLocation::name))
                .toList();
        List<Integer> years = bands.stream()
                .map(BandView::year)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
        return new SalaryOptions(locations, years, sources);
    }

    /** Every published band for one level, by source order then US first. */
    public List<BandView> bandsForLevel(long levelId) {
        List<String> sourceOrder = sources.stream().map(Source::slug).toList();
        return bands.stream()
                .filter(b -> !b.computed() && Objects.equals(b.levelId(), levelId))
                .sorted(Comparator.comparingInt((BandView b) -> sourceOrder.indexOf(b.sourceSlug()))
                        .thenComparing(b -> !"US".equals(b.locationCode()))
                        .thenComparingLong(BandView::id))
                .toList();
    }

    /**
     * One headline figure per level for the ladder: a US survey median with a sample size if there is one,
     * otherwise any US median, otherwise a range or floor. Levels no source covers are absent.
     */
    public Map<Long, BandView> headlineByLevel() {
        List<String> sourceOrder = sources.stream().map(Source::slug).toList();
        Map<Long, BandView> headline = new LinkedHashMap<>();
        bands.stream()
                .filter(b -> !b.computed() && b.levelId() != null && "US".equals(b.locationCode()))
                .sorted(Comparator.comparingInt((BandView b) ->
                                b.median() != null && b.sampleSize() != null ? 0 : b.median() != null ? 1 : 2)
                        .thenComparingInt(b -> sourceOrder.indexOf(b.sourceSlug()))
                        .thenComparingLong(BandView::id))
                .forEach(band -> headline.putIfAbsent(band.levelId(), band));
        return headline;
    }

    /** The bands of each chosen level, US only, for the comparison page. */
    public Map<Long, List<BandView>> usBandsByLevel(List<Level> chosen) {
        List<BandView> us = bands(new SalaryFilter("US", null, null, null));
        Map<Long, List<BandView>> byLevel = new LinkedHashMap<>();
        for (Level level : chosen) {
            byLevel.put(
                    level.id(),
                    new ArrayList<>(us.stream()
                            .filter(b -> Objects.equals(b.levelId(), level.id()))
                            .toList()));
        }
        return byLevel;
    }
}
