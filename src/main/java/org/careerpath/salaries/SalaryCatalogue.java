package org.careerpath.salaries;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.Level;
import org.careerpath.levels.LevelCatalogue;
import org.careerpath.sources.SourceCatalogue;
import org.careerpath.sources.Sources;
import org.careerpath.web.ContentSnapshots;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The salaries module's published API: every source, figure, place and projection, in a fixed number of queries. */
@Service
public class SalaryCatalogue {

    private final SourceCatalogue sources;
    private final SalaryBandRepository bands;
    private final ComputedBandRepository computed;
    private final SalaryImportRepository imports;
    private final LocationRepository locations;
    private final SurveyTitleRepository titles;
    private final SurveyMappingRepository mappings;
    private final ProjectionRepository projections;
    private final LevelCatalogue levels;
    private final ContentSnapshots snapshots;

    SalaryCatalogue(
            SourceCatalogue sources,
            SalaryBandRepository bands,
            ComputedBandRepository computed,
            SalaryImportRepository imports,
            LocationRepository locations,
            SurveyTitleRepository titles,
            SurveyMappingRepository mappings,
            ProjectionRepository projections,
            LevelCatalogue levels,
            ContentSnapshots snapshots) {
        this.snapshots = snapshots;
        this.sources = sources;
        this.bands = bands;
        this.computed = computed;
        this.imports = imports;
        this.locations = locations;
        this.titles = titles;
        this.mappings = mappings;
        this.projections = projections;
        this.levels = levels;
    }

    /** The figures a request's salary filters select, with what was wrong with them (page, CSV, JSON, API). */
    public SalarySelection select(java.util.Map<String, String[]> params) {
        return SalarySelection.of(params, this);
    }

    /** Every figure, the survey computed from every counted title; kept in memory per content version. */
    public Salaries load() {
        return snapshots.get("salaries", this::loadNow);
    }

    /**
     * Every figure, the survey computed from the given titles only (every counted title when empty); titles
     * that are not counted are ignored. Narrowed lists are computed on the spot (their pages are cached).
     */
    @Transactional(readOnly = true)
    public Salaries load(Set<String> narrowedTo) {
        if (narrowedTo.isEmpty()) {
            return load();
        }
        // everything but the computed bands is the same as for every title: one query
        Salaries every = load();
        Set<String> chosen = new LinkedHashSet<>();
        every.titles().stream()
                .map(SurveyTitle::title)
                .filter(narrowedTo::contains)
                .forEach(chosen::add);
        List<ComputedBand> rows =
                chosen.isEmpty() ? List.of() : computed.forTitles(String.join("|", chosen), Salaries.MIN_SAMPLE);
        Map<Long, Level> levelById =
                every.ladder().levels().stream().collect(Collectors.toMap(Level::id, Function.identity()));
        return new Salaries(
                every.sources(),
                every.published(),
                computedBands(rows, every.mappings(), every.locations(), levelById, sources.load()),
                every.locations(),
                every.titles(),
                Set.copyOf(chosen),
                every.mappings(),
                every.projections(),
                every.lastImport(),
                every.ladder());
    }

    private Salaries loadNow() {
        Ladder ladder = levels.ladder();
        Sources all0 = sources.load();
        Locations places = Locations.of(
                locations.findAll().stream().map(LocationRow::toLocation).toList());
        Map<Long, Level> levelById = ladder.levels().stream().collect(Collectors.toMap(Level::id, Function.identity()));

        Map<String, Long> counts = new HashMap<>();
        computed.responsesByTitle().forEach(c -> counts.put(c.getTitle(), c.getResponses()));
        List<SurveyTitle> counted = titles.findAll().stream()
                .sorted(Comparator.comparingInt(SurveyTitleRow::getPosition))
                .map(t -> new SurveyTitle(
                        t.getJobTitle(),
                        t.getFamily(),
                        counts.getOrDefault(t.getJobTitle(), 0L).intValue(),
                        t.getPosition()))
                .toList();
        Set<String> chosen = new LinkedHashSet<>();
        counted.forEach(t -> chosen.add(t.title()));

        List<SurveyMapping> mapped = mappings.findAll().stream()
                .filter(m -> levelById.containsKey(m.getLevelId()))
                .map(m -> new SurveyMapping(
                        m.getFamily(),
                        m.getExperienceLevel(),
                        m.getLevelId(),
                        levelById.get(m.getLevelId()).name()))
                .sorted(Comparator.comparingInt(
                                (SurveyMapping m) -> ladder.levels().indexOf(levelById.get(m.levelId())))
                        .thenComparing(SurveyMapping::experienceLevel))
                .toList();

        List<BandView> published = new ArrayList<>();
        for (SalaryBandRow band : bands.findAll()) {
            Level level = band.getLevelId() == null ? null : levelById.get(band.getLevelId());
            published.add(band.toView(
                    all0.get(band.getSourceId()),
                    level == null ? null : level.slug(),
                    level == null ? null : level.name(),
                    places.get(band.getLocationCode())));
        }

        List<BandView> computedBands =
                computedBands(computed.everyTitle(Salaries.MIN_SAMPLE), mapped, places, levelById, all0);

        List<Projection> projected = projections.findAll().stream()
                .sorted(Comparator.comparingInt(ProjectionRow::getPosition))
                .map(p -> p.toProjection(all0.get(p.getSourceId())))
                .toList();

        Set<String> used = new HashSet<>();
        published.forEach(b -> used.add(b.sourceSlug()));
        computedBands.forEach(b -> used.add(b.sourceSlug()));
        projected.forEach(p -> used.add(p.source().slug()));
        return new Salaries(
                all0.all().stream().filter(s -> used.contains(s.slug())).toList(),
                List.copyOf(published),
                List.copyOf(computedBands),
                places,
                counted,
                Set.copyOf(chosen),
                mapped,
                projected,
                all0.bySlug(SalaryImporter.SOURCE)
                        .flatMap(main -> imports.findFirstBySourceIdOrderByImportedAtDescIdDesc(main.id()))
                        .map(SalaryImportRow::toStatus),
                ladder);
    }

    private static List<BandView> computedBands(
            List<ComputedBand> rows,
            List<SurveyMapping> mapped,
            Locations places,
            Map<Long, Level> levelById,
            Sources all0) {
        List<BandView> computedBands = new ArrayList<>();
        long id = 0;
        for (ComputedBand c : rows) {
            Level level = levelById.get(c.getLevelId());
            var place = places.byCode(c.getLocationCode());
            if (level == null || place.isEmpty()) {
                continue;
            }
            computedBands.add(new BandView(
                    --id,
                    all0.get(c.getSourceId()),
                    level.id(),
                    level.slug(),
                    level.name(),
                    null,
                    computedLabel(mapped, level, c.getExperienceLevels()),
                    place.get(),
                    (int) c.getWorkYear(),
                    "USD",
                    "annual",
                    "gross",
                    "percentiles",
                    money(c.getP10()),
                    money(c.getP25()),
                    money(c.getMedian()),
                    money(c.getP75()),
                    money(c.getP90()),
                    null,
                    null,
                    null,
                    null,
                    c.getSampleSize(),
                    null,
                    null,
                    true,
                    c.getExperienceLevels()));
        }
        return List.copyOf(computedBands);
    }

    /** "ML engineering titles, survey level SE (senior)"; "Director and head-of titles, any survey level; ...". */
    private static String computedLabel(List<SurveyMapping> mappings, Level level, String experienceLevels) {
        Map<String, List<String>> byFamily = new java.util.LinkedHashMap<>();
        for (SurveyMapping m : mappings) {
            if (m.levelId() == level.id() && experienceLevels.contains(m.experienceLevel())) {
                byFamily.computeIfAbsent(m.family(), f -> new ArrayList<>()).add(m.experienceLevel());
            }
        }
        List<String> parts = new ArrayList<>();
        byFamily.forEach((family, codes) -> parts.add(SurveyMapping.familyName(family) + ", survey level"
                + (codes.size() == 1 ? " " : "s ") + String.join(" and ", codes)));
        return String.join("; ", parts);
    }

    private static BigDecimal money(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
