package org.careerpath.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.careerpath.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@PortalIntegrationTest
class ContentInvariantsTests {

    @Autowired
    JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void everyLevelHasAnExpectationForEverySkill() {
        long levels = count("select count(*) from career_level");
        long skills = count("select count(*) from skill");
        assertThat(count("select count(*) from skill_expectation")).isEqualTo(levels * skills);
        assertThat(count("""
                select count(*) from career_level l cross join skill s
                where not exists (select 1 from skill_expectation e where e.level_id = l.id and e.skill_id = s.id)
                """)).isZero();
    }

    @Test
    void everySkillDescribesEachProficiencyFromAwareToExpert() {
        assertThat(count("""
                select count(*) from skill s cross join generate_series(1, 4) p
                where not exists (select 1 from skill_descriptor d where d.skill_id = s.id and d.proficiency = p)
                """)).isZero();
    }

    @Test
    void holdsTheContentTheIssueAsksFor() {
        assertThat(count("select count(*) from career_level l join career_track t on t.id = l.track_id"
                        + " where t.slug = 'individual-contributor'"))
                .isGreaterThanOrEqualTo(5);
        assertThat(count("select count(*) from career_level l join career_track t on t.id = l.track_id"
                        + " where t.slug = 'manager'"))
                .isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from skill")).isGreaterThanOrEqualTo(30);
        assertThat(count("select count(*) from skill_category where pillar")).isEqualTo(6);
        assertThat(count("select count(*) from role")).isGreaterThanOrEqualTo(8);
        assertThat(count("select count(*) from certification")).isGreaterThanOrEqualTo(8);
        assertThat(jdbc.sql("select distinct status from certification order by 1")
                        .query(String.class)
                        .list())
                .contains("active", "retired");
        assertThat(count("select count(distinct source_id) from salary_band")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void everyBandHasItsSourceAndOrderedPercentiles() {
        assertThat(count("select count(*) from salary_band b left join salary_source s on s.id = b.source_id"
                        + " where s.id is null"))
                .isZero();
        assertThat(count("""
                select count(*) from salary_band b,
                  lateral (select array_agg(v order by o) a from unnest(array[p10, p25, median, p75, p90])
                           with ordinality as x(v, o) where v is not null) known
                where known.a is not null
                  and known.a <> (select array_agg(v order by v) from unnest(known.a) v)
                """)).isZero();
    }

    @Test
    @Transactional
    void rejectsABandWhosePercentilesAreOutOfOrder() {
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into salary_band (source_id, occupation_code, label, location_code, location_name,
                          currency, period, pay_basis, p25, median, p75)
                        select id, '15-2051', 'test', 'US', 'United States', 'USD', 'annual', 'base', 150000, 120000, 160000
                        from salary_source where slug = 'bls-oews-2024'
                        """).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("salary_band_percentiles_ordered_ck");
    }

    @Test
    void carriesReferenceFiguresExactly() {
        record Band(BigDecimal p10, BigDecimal median, BigDecimal p90, Integer sampleSize) {}
        List<Band> bls = jdbc.sql("""
                        select b.p10, b.median, b.p90, b.sample_size from salary_band b
                        join salary_source s on s.id = b.source_id
                        where s.slug = 'bls-oews-2024' and b.occupation_code = '15-2051' and b.location_code = 'US'
                        """).query(Band.class).list();
        assertThat(bls).singleElement().satisfies(b -> {
            assertThat(b.p10()).isEqualByComparingTo("63650");
            assertThat(b.median()).isEqualByComparingTo("112590");
            assertThat(b.p90()).isEqualByComparingTo("194410");
        });
        Band senior = jdbc.sql("""
                        select b.p10, b.median, b.p90, b.sample_size from salary_band b
                        join salary_source s on s.id = b.source_id join career_level l on l.id = b.level_id
                        where s.slug = 'aijobs-2024' and l.slug = 'senior'
                        """).query(Band.class).single();
        assertThat(senior.median()).isEqualByComparingTo("201730");
        assertThat(senior.sampleSize()).isEqualTo(2968);
    }

    @Test
    void levelsRankWithoutGapsInEachTrack() {
        assertThat(count("""
                select count(*) from (
                  select track_id, max(rank_in_track) as top, count(*) as n from career_level group by track_id
                ) t where t.top <> t.n
                """)).isZero();
    }
}
