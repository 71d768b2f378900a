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

    @Autowired
    org.careerpath.skills.SkillCatalogue skills;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void everyLevelHasAnExpectationAndAStatementForEveryDimension() {
        long levels = count("select count(*) from career_level");
        long dimensions = count("select count(*) from skill where retired_at is null");
        assertThat(count("""
                select count(*) from skill_expectation e join skill s on s.id = e.skill_id
                where s.retired_at is null and length(trim(e.statement)) > 20
                """)).isEqualTo(levels * dimensions);
        assertThat(count("""
                select count(*) from career_level l cross join skill s
                where s.retired_at is null
                  and not exists (select 1 from skill_expectation e where e.level_id = l.id and e.skill_id = s.id)
                """)).isZero();
        // statements are written for their level: no two levels share the words for a dimension
        assertThat(count("""
                select count(*) from (select skill_id, statement from skill_expectation
                                      group by skill_id, statement having count(*) > 1) same
                join skill s on s.id = same.skill_id
                where s.retired_at is null and s.kind <> 'people'
                """)).isZero();
    }

    @Test
    void expectationsStayWithinEachDimensionsScale() {
        assertThat(count("""
                select count(*) from skill_expectation e join skill s on s.id = e.skill_id
                where e.proficiency > s.max_step
                """)).isZero();
        assertThat(count("select count(*) from skill where kind = 'technical' and max_step <> 4"))
                .isZero();
        assertThat(count("select count(*) from skill where kind <> 'technical' and max_step <> 5"))
                .isZero();
    }

    @Test
    void everyDimensionDescribesEachStepAndAdvisesOnEachStepUp() {
        assertThat(count("""
                select count(*) from skill s cross join generate_series(1, 5) p
                where s.retired_at is null and p <= s.max_step
                  and not exists (select 1 from skill_descriptor d where d.skill_id = s.id and d.proficiency = p)
                """)).isZero();
        assertThat(count("""
                select count(*) from skill s cross join generate_series(0, 5) p
                where s.retired_at is null and s.kind <> 'technical'
                  and not exists (select 1 from skill_descriptor d where d.skill_id = s.id and d.proficiency = p
                                  and d.name is not null)
                """)).isZero();
        assertThat(count("""
                select count(*) from skill s cross join generate_series(1, 5) step
                where s.retired_at is null and step <= s.max_step
                  and not exists (select 1 from skill_step_advice a where a.skill_id = s.id and a.step = step
                                  and length(a.work) > 20 and length(a.artefact) > 10 and length(a.evidence) > 10)
                """)).isZero();
    }

    /** How many active dimensions a level expects more of than another. */
    private long raised(String from, String to) {
        return jdbc.sql("""
                        select count(*) from skill_expectation a join skill_expectation b on b.skill_id = a.skill_id
                        join career_level la on la.id = a.level_id join career_level lb on lb.id = b.level_id
                        join skill s on s.id = a.skill_id
                        where la.slug = ? and lb.slug = ? and s.retired_at is null and b.proficiency > a.proficiency
                        """).param(from).param(to).query(Long.class).single();
    }

    @Test
    void eachStepAboveSeniorRaisesAtMostAThirdOfTheDimensionsAndAboveAllImpact() {
        long dimensions = count("select count(*) from skill where retired_at is null");
        for (String[] step : new String[][] {
            {"senior", "staff"},
            {"staff", "principal"},
            {"ml-engineering-manager", "senior-ml-engineering-manager"},
            {"senior-ml-engineering-manager", "director-of-ml"}
        }) {
            long raised = raised(step[0], step[1]);
            assertThat(raised).as("%s to %s raises", step[0], step[1]).isPositive();
            assertThat(raised * 3)
                    .as("%s to %s raises %d of %d", step[0], step[1], raised, dimensions)
                    .isLessThanOrEqualTo(dimensions);
        }
        // what Staff and Principal raise is impact, plus depth in a specialty and system design at Staff
        assertThat(jdbc.sql("""
                        select distinct s.kind from skill_expectation a join skill_expectation b on b.skill_id = a.skill_id
                        join career_level la on la.id = a.level_id join career_level lb on lb.id = b.level_id
                        join skill s on s.id = a.skill_id
                        where la.slug = 'staff' and lb.slug = 'principal' and b.proficiency > a.proficiency
                          and s.retired_at is null
                        """).query(String.class).list()).containsExactly("impact");
        // T-shaped: from Senior up, no technical skill but one's specialty and system design expects expert
        assertThat(count("""
                select count(*) from skill_expectation e join skill s on s.id = e.skill_id
                join career_level l on l.id = e.level_id
                where l.slug in ('senior', 'staff', 'principal') and s.kind = 'technical' and s.retired_at is null
                  and e.proficiency = 4 and s.slug not in ('specialty-depth', 'system-design')
                """)).isZero();
    }

    @Test
    void theModelsShapeHoldsAsTheEditorsCheckIt() {
        // the rule the editors' forms enforce (at least one dimension raised per step, at most a third from
        // Senior up) holds for the content as loaded
        assertThat(skills.load().shapeProblems()).isEmpty();
    }

    @Test
    void theManagerTrackAddsThePeopleDimensions() {
        assertThat(jdbc.sql("""
                        select s.slug from skill_expectation a join skill_expectation b on b.skill_id = a.skill_id
                        join career_level la on la.id = a.level_id join career_level lb on lb.id = b.level_id
                        join skill s on s.id = a.skill_id join skill_category c on c.id = s.category_id
                        where la.slug = 'senior' and lb.slug = 'ml-engineering-manager' and s.retired_at is null
                          and b.proficiency > a.proficiency order by s.position
                        """).query(String.class).list())
                .containsExactly(
                        "hiring",
                        "performance-and-growth",
                        "team-health",
                        "team-delivery",
                        "organisation-design",
                        "stakeholder-management");
    }

    @Test
    void everyLevelCitesItsExperienceAndTheRoadmapsKeySkillsForTheTechnicalTrack() {
        assertThat(count("""
                select count(*) from career_level l where not exists
                  (select 1 from level_fact f where f.level_id = l.id and f.kind = 'experience')
                """)).isZero();
        assertThat(jdbc.sql("""
                        select l.key_skills from career_level l join career_track t on t.id = l.track_id
                        where t.slug = 'individual-contributor' order by l.rank_in_track
                        """).query(String.class).list())
                .containsExactly(
                        "Python, PyTorch, basic ML",
                        "Experiment design, debugging, optimisation",
                        "MLOps, infrastructure, system design",
                        "Architecture, mentoring, cross-team coordination",
                        "Strategy, roadmaps, industry influence");
    }

    @Test
    void holdsTheContentTheIssueAsksFor() {
        assertThat(count("select count(*) from career_level l join career_track t on t.id = l.track_id"
                        + " where t.slug = 'individual-contributor'"))
                .isEqualTo(5);
        assertThat(count("select count(*) from career_level l join career_track t on t.id = l.track_id"
                        + " where t.slug = 'manager'"))
                .isEqualTo(3);
        assertThat(count("select count(*) from skill where kind = 'impact' and retired_at is null"))
                .isEqualTo(6);
        assertThat(count("select count(*) from skill where kind = 'people' and retired_at is null"))
                .isEqualTo(6);
        assertThat(count("select count(*) from skill where kind = 'technical' and retired_at is null"))
                .isGreaterThanOrEqualTo(30);
        assertThat(count("select count(*) from skill_category where pillar")).isEqualTo(6);
        assertThat(count("select count(*) from role where family = 'ladder'")).isEqualTo(8);
        assertThat(count("select count(*) from certification")).isGreaterThanOrEqualTo(8);
        assertThat(jdbc.sql("select distinct status from certification order by 1")
                        .query(String.class)
                        .list())
                .contains("active", "retired");
        assertThat(count("select count(distinct source_id) from salary_band")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void everyBandHasItsSourceAndOrderedPercentiles() {
        assertThat(count("select count(*) from salary_band b left join source s on s.id = b.source_id"
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
                        insert into salary_band (source_id, occupation_code, label, location_code,
                          currency, period, pay_basis, statistic, p25, median, p75)
                        select id, '15-2051', 'test', 'US', 'USD', 'annual', 'base', 'percentiles', 150000, 120000, 160000
                        from source where slug = 'bls-oews-2024'
                        """).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("salary_band_percentiles_ordered_ck");
    }

    @Test
    void aSingleQuotedFigureIsNeverStoredAsAMedian() {
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into salary_band (source_id, level_id, label, location_code, currency, period, pay_basis,
                          statistic, median, amount)
                        select s.id, l.id, 'test', 'US-CA-SF', 'USD', 'annual', 'total', 'single', 258810, 258810
                        from source s, career_level l where s.slug = 'career-overview-004' and l.slug = 'senior'
                        """).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("salary_band_statistic_ck");
        assertThat(count("""
                select count(*) from salary_band where location_code in ('US-CA-SF', 'US-TX-AUS')
                and (statistic <> 'single' or median is not null)
                """)).isZero();
    }

    @Test
    void carriesReferenceFiguresExactly() {
        record Band(BigDecimal p10, BigDecimal median, BigDecimal p90, Integer sampleSize) {}
        List<Band> bls = jdbc.sql("""
                        select b.p10, b.median, b.p90, b.sample_size from salary_band b
                        join source s on s.id = b.source_id
                        where s.slug = 'bls-oews-2024' and b.occupation_code = '15-2051' and b.location_code = 'US'
                        """).query(Band.class).list();
        assertThat(bls).singleElement().satisfies(b -> {
            assertThat(b.p10()).isEqualByComparingTo("63650");
            assertThat(b.median()).isEqualByComparingTo("112590");
            assertThat(b.p90()).isEqualByComparingTo("194410");
        });
        // the survey loaded on the first start, computed for the one title the reference table uses
        Band senior = jdbc.sql("""
                        select b.p10, b.median, b.p90, b.sample_size
                        from salary_bands_for(array['Machine Learning Engineer']::varchar[]) b
                        join career_level l on l.id = b.level_id
                        where l.slug = 'senior' and b.location_code = 'US' and b.work_year = 2024
                        """).query(Band.class).single();
        assertThat(senior.p10()).isEqualByComparingTo("135400");
        assertThat(senior.median()).isEqualByComparingTo("201730");
        assertThat(senior.p90()).isEqualByComparingTo("312200");
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
