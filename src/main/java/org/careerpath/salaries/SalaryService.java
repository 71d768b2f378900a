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

    static final String BAND_QUERY = """
            select b.id, s.slug as source_slug, s.publisher, s.title as source_title, s.year, s.kind as source_kind,
                   b.level_id, l.slug as level_slug, l.name as level_name, b.occupation_code, b.label,
                   b.location_code, b.location_name, b.currency, b.period, b.pay_basis,
                   b.p10, b.p25, b.median, b.p75, b.p90, b.mean, b.min_amount, b.max_amount,
                   b.sample_size, b.employment, b.note
            from salary_band b
            join salary_source s on s.id = b.source_id
            left join career_level l on l.id = b.level_id
            """;

    private final SalarySourceRepository sources;
    private final JdbcClient jdbc;

    SalaryService(SalarySourceRepository sources, JdbcClient jdbc) {
        this.sources = sources;
        this.jdbc = jdbc;
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
