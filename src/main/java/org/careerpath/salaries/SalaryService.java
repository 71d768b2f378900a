package org.careerpath.salaries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Salary sources and bands. */
@Service
@Transactional(readOnly = true)
public class SalaryService {

    /** Published bands with their source and level (the track columns order the comparison page). */
    static final String BAND_QUERY = """
            select b.id, s.slug as source_slug, s.publisher, s.title as source_title, s.year, s.kind as source_kind,
                   b.level_id, l.slug as level_slug, l.name as level_name, b.occupation_code, b.label,
                   b.location_code, b.location_name, b.currency, b.period, b.pay_basis,
                   b.p10, b.p25, b.median, b.p75, b.p90, b.mean, b.min_amount, b.max_amount,
                   b.sample_size, b.employment, b.note, false as computed,
                   lt.position as track_position, l.rank_in_track
            from salary_band b
            join salary_source s on s.id = b.source_id
            left join career_level l on l.id = b.level_id
            left join career_track lt on lt.id = l.track_id
            """;

    /** Computed bands with fewer observations than this are never published. */
    public static final int MIN_SAMPLE = 10;

    /** Published bands and computed bands (enough observations only), in one shape. */
    static final String ALL_BANDS = BAND_QUERY + """
            union all
            select -row_number() over (order by c.level_id, c.employee_residence, c.work_year), s.slug, s.publisher,
                   s.title, c.work_year, s.kind, c.level_id, l.slug, l.name, null,
                   'Machine Learning Engineer, experience level ' || c.experience_level, c.employee_residence,
                   c.employee_residence, 'USD', 'annual', 'base',
                   round(c.p10::numeric, 2), round(c.p25::numeric, 2), round(c.median::numeric, 2),
                   round(c.p75::numeric, 2), round(c.p90::numeric, 2), null, null, null, c.sample_size, null, null,
                   true, lt.position, l.rank_in_track
            from salary_computed_band c
            join salary_source s on s.id = c.source_id
            join career_level l on l.id = c.level_id
            join career_track lt on lt.id = l.track_id
            where c.sample_size >= %d
            """.formatted(MIN_SAMPLE);

    private final SalarySourceRepository sources;
    private final JdbcClient jdbc;

    SalaryService(SalarySourceRepository sources, JdbcClient jdbc) {
        this.sources = sources;
        this.jdbc = jdbc;
    }

    /**
     * Every band that passes the filter: ladder order of the level first (whole-occupation bands last),
     * then source order, then US national before other locations.
     */
    public List<BandView> bands(SalaryFilter filter) {
        return jdbc
                .sql("select * from (" + ALL_BANDS + """
                        ) bands
                        where (cast(:location as text) is null or location_code = :location)
                          and (cast(:source as text) is null or source_slug = :source)
                          and (cast(:basis as text) is null or pay_basis = :basis)
                          and (cast(:year as integer) is null or year = :year)
                        order by track_position nulls last, rank_in_track, computed,
                          (select position from salary_source where slug = source_slug),
                          location_code <> 'US', location_code, year desc, label, id
                        """)
                .param("location", filter.location())
                .param("source", filter.source())
                .param("basis", filter.basis())
                .param("year", filter.year())
                .query(BandView.class)
                .list()
                .stream()
                .map(SalaryService::named)
                .toList();
    }

    /** Computed bands carry a country code; give them the country's name. */
    private static BandView named(BandView band) {
        if (!band.computed()) {
            return band;
        }
        String name = "US".equals(band.locationCode())
                ? "United States"
                : new java.util.Locale("", band.locationCode()).getDisplayCountry(java.util.Locale.ENGLISH);
        return new BandView(
                band.id(),
                band.sourceSlug(),
                band.publisher(),
                band.sourceTitle(),
                band.year(),
                band.sourceKind(),
                band.levelId(),
                band.levelSlug(),
                band.levelName(),
                band.occupationCode(),
                band.label(),
                band.locationCode(),
                name,
                band.currency(),
                band.period(),
                band.payBasis(),
                band.p10(),
                band.p25(),
                band.median(),
                band.p75(),
                band.p90(),
                band.mean(),
                band.minAmount(),
                band.maxAmount(),
                band.sampleSize(),
                band.employment(),
                band.note(),
                true);
    }

    /** A location a reader can filter by. */
    public record Location(String code, String name, boolean us) {}

    /** What the filters can choose from: every location, year and source that has at least one band. */
    public record Options(List<Location> locations, List<Integer> years, List<SourceView> sources) {}

    public Options options() {
        List<BandView> all = bands(SalaryFilter.none());
        List<Location> locations = all.stream()
                .map(b -> new Location(
                        b.locationCode(), b.locationName(), b.locationCode().startsWith("US")))
                .distinct()
                .sorted(java.util.Comparator.comparing((Location l) -> !l.us())
                        .thenComparing(l -> !l.code().equals("US"))
                        .thenComparing(Location::name))
                .toList();
        List<Integer> years = all.stream()
                .map(BandView::year)
                .distinct()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
        return new Options(locations, years, sources());
    }

    /** When observations were last imported, and how many rows are in use. */
    public record ImportStatus(String fileName, java.time.OffsetDateTime importedAt, int imported, int rejected) {}

    public java.util.Optional<ImportStatus> lastImport() {
        return jdbc.sql("""
                        select file_name, imported_at, rows_imported as imported, rows_rejected as rejected
                        from salary_import order by imported_at desc, id desc limit 1
                        """).query(ImportStatus.class).optional();
    }

    /**
     * One headline figure per level for the ladder: a survey median with a sample size if there is one,
     * otherwise any median, otherwise a range or floor. Levels no source covers are absent.
     */
    public Map<Long, BandView> headlineByLevel() {
        List<BandView> bands = jdbc.sql(BAND_QUERY + """
                         where b.level_id is not null and b.location_code = 'US'
                        order by b.level_id,
                          case when b.median is not null and b.sample_size is not null then 0
                               when b.median is not null then 1 else 2 end,
                          s.position, b.id
                        """).query(BandView.class).list();
        Map<Long, BandView> headline = new LinkedHashMap<>();
        bands.forEach(band -> headline.putIfAbsent(band.levelId(), band));
        return headline;
    }

    /** Every band for one level, by source order then location. */
    public List<BandView> bandsForLevel(long levelId) {
        return jdbc.sql(BAND_QUERY + " where b.level_id = ? order by s.position, b.location_code = 'US' desc, b.id")
                .param(levelId)
                .query(BandView.class)
                .list();
    }

    public List<SourceView> sources() {
        return sources.findAllByOrderByPosition().stream()
                .map(SalarySource::toView)
                .toList();
    }
}
