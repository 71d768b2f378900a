package org.careerpath.salaries;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.Level;
import org.careerpath.sources.Source;
import org.careerpath.web.Formats;

/**
 * Every salary figure: the published ones and those computed from the survey's responses (only groups
 * with enough responses), with the places, the survey's titles and level mapping, the employment
 * projections and the ladder that orders them. Pure: the pages' choices of figures are made here.
 *
 * @param computed bands computed from the chosen titles, n at least {@link #MIN_SAMPLE}
 * @param chosenTitles the titles the computed bands come from (every counted title unless narrowed)
 */
public record Salaries(
        List<Source> sources,
        List<BandView> published,
        List<BandView> computed,
        Locations locations,
        List<SurveyTitle> titles,
        Set<String> chosenTitles,
        List<SurveyMapping> mappings,
        List<Projection> projections,
        Optional<ImportStatus> lastImport,
        Ladder ladder) {

    /** Computed bands with fewer responses than this are never published. */
    public static final int MIN_SAMPLE = 10;

    /** Whether the reader narrowed the survey's titles. */
    public boolean narrowed() {
        return chosenTitles.size() < titles.size();
    }

    /** Every figure, published first. */
    public List<BandView> all() {
        List<BandView> all = new ArrayList<>(published);
        all.addAll(computed);
        return all;
    }

    public SalaryOptions options() {
        return options(SalaryFilter.DEFAULT_LOCATION);
    }

    /** The filters' choices, with the place asked about listed even when it has no figures of its own. */
    public SalaryOptions options(String asked) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(SalaryLocation.WORLD);
        codes.add(SalaryFilter.DEFAULT_LOCATION);
        codes.add(asked);
        all().forEach(b -> codes.add(b.locationCode()));
        List<SalaryLocation> places = codes.stream()
                .map(locations::byCode)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(SalaryLocation::position).thenComparing(SalaryLocation::name))
                .toList();
        List<Integer> years = all().stream()
                .map(BandView::year)
                .filter(Objects::nonNull)
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
        Set<String> used = new LinkedHashSet<>();
        all().forEach(b -> used.add(b.sourceSlug()));
        return new SalaryOptions(
                locations,
                places,
                years,
                sources.stream().filter(s -> used.contains(s.slug())).toList(),
                ladder.levels(),
                titles);
    }

    /** Pay at every level, in ladder order, for the filter's place (the United States by default). */
    public List<LevelPay> pay(SalaryFilter filter) {
        Map<Long, LevelPay> byLevel = new LinkedHashMap<>();
        for (Level level : ladder.levels()) {
            byLevel.put(level.id(), pay(level, filter));
        }
        for (Level level : ladder.levels()) {
            ladder.below(level).ifPresent(below -> {
                LevelPay upper = byLevel.get(level.id());
                String note = belowNote(byLevel.get(below.id()), upper, below);
                if (note != null) {
                    byLevel.put(level.id(), upper.withNote(note));
                }
            });
        }
        return List.copyOf(byLevel.values());
    }

    /** Pay at one level in the United States, with every figure; for the ladder, guides and results. */
    public LevelPay pay(long levelId) {
        return pay(SalaryFilter.none()).stream()
                .filter(p -> p.level().id() == levelId)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Pay at one level in a place: the figures there, or else in the nearest wider place with any (a
     * state's figures fall back to the country's, a country's to all countries'); where even all countries
     * have none, the United States, the one place every level has a source for.
     */
    public LevelPay pay(Level level, SalaryFilter filter) {
        SalaryLocation asked = locations.get(filter.location());
        List<SalaryLocation> chain = new ArrayList<>(locations.chain(asked.code()));
        if (chain.stream().noneMatch(l -> l.code().equals(SalaryFilter.DEFAULT_LOCATION))) {
            chain.add(locations.get(SalaryFilter.DEFAULT_LOCATION));
        }
        for (SalaryLocation place : chain) {
            List<BandView> here = levelBandsAt(level, place.code(), filter);
            if (!here.isEmpty()) {
                return LevelPay.of(level, asked, place, here);
            }
        }
        return LevelPay.of(level, asked, null, List.of());
    }

    /**
     * The figures for one level in exactly one place: every published one that passes the filters, and the
     * computed band of the chosen year, or without one the survey year with the most responses there.
     */
    List<BandView> levelBandsAt(Level level, String code, SalaryFilter filter) {
        List<BandView> here = new ArrayList<>();
        Map<String, BandView> bySource = new LinkedHashMap<>();
        computed.stream()
                .filter(b -> Objects.equals(b.levelId(), level.id())
                        && b.locationCode().equals(code))
                .filter(filter::matches)
                .sorted(Comparator.comparingInt((BandView b) -> b.source().position()))
                .forEach(b -> bySource.merge(
                        b.sourceSlug(),
                        b,
                        (x, y) -> Comparator.comparingInt(BandView::sampleSize)
                                                .thenComparing(BandView::year)
                                                .compare(x, y)
                                        >= 0
                                ? x
                                : y));
        here.addAll(bySource.values());
        published.stream()
                .filter(b -> Objects.equals(b.levelId(), level.id())
                        && b.locationCode().equals(code))
                .filter(filter::matches)
                .sorted(Comparator.comparingInt((BandView b) -> b.source().position())
                        .thenComparingLong(BandView::id))
                .forEach(here::add);
        return here;
    }

    /** Why a level's central figure is below the level under it, or null when it is not. */
    private static String belowNote(LevelPay under, LevelPay upper, Level below) {
        BigDecimal a = under.centralValue();
        BigDecimal b = upper.centralValue();
        if (a == null || b == null || b.compareTo(a) >= 0) {
            return null;
        }
        BandView lower = under.central();
        BandView higher = upper.central();
        boolean sameSource = lower.sourceSlug().equals(higher.sourceSlug())
                && lower.locationCode().equals(higher.locationCode())
                && Objects.equals(lower.year(), higher.year());
        if (sameSource) {
            return "In " + higher.citation() + ", this level's " + higher.figureText() + " is below " + below.name()
                    + "'s " + lower.figureText() + " for the same year and place"
                    + (higher.sampleSize() != null && lower.sampleSize() != null
                            ? " (n = " + Formats.count(higher.sampleSize()) + " and "
                                    + Formats.count(lower.sampleSize()) + ")"
                            : "")
                    + ". We show it as reported: the samples overlap widely, so read the range rather than the "
                    + "single figure.";
        }
        return "The central figures of this level and of " + below.name()
                + " come from different sources, which measure different things, so they are not compared; "
                + "read the range across sources instead.";
    }

    /** Whole-occupation figures for the filter's place, or the nearest wider place that has them. */
    public OccupationPay occupations(SalaryFilter filter) {
        SalaryLocation asked = locations.get(filter.location());
        for (SalaryLocation place : locations.chain(asked.code())) {
            List<BandView> here = published.stream()
                    .filter(b -> b.levelId() == null && b.locationCode().equals(place.code()))
                    .filter(filter::matches)
                    .sorted(Comparator.comparing(BandView::occupationCode)
                            .thenComparing(BandView::year, Comparator.nullsLast(Comparator.reverseOrder())))
                    .toList();
            if (!here.isEmpty()) {
                return new OccupationPay(asked, place, here);
            }
        }
        return new OccupationPay(asked, null, List.of());
    }

    /** The employment projections for an occupation code (empty when there are none). */
    public List<Projection> projectionsFor(String occupationCode) {
        return projections.stream()
                .filter(p -> p.occupationCode().equals(occupationCode))
                .toList();
    }

    /** How the survey's families and experience levels map onto one level. */
    public List<SurveyMapping> mappingsFor(long levelId) {
        return mappings.stream().filter(m -> m.levelId() == levelId).toList();
    }

    /** The survey's responses behind a level in a place and year (all years when null), chosen titles only. */
    public int responses(long levelId, String code, Integer year) {
        return computed.stream()
                .filter(b ->
                        Objects.equals(b.levelId(), levelId) && b.locationCode().equals(code))
                .filter(b -> year == null || year.equals(b.year()))
                .mapToInt(BandView::sampleSize)
                .sum();
    }
}
