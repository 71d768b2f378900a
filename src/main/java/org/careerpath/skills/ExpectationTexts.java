package org.careerpath.skills;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What one level expects on one dimension (the step and the statement), read and written for the editors:
 * with its row version (PostgreSQL's xmin), so that a draft saved over someone else's newer change is
 * refused rather than stored.
 */
@Component
public class ExpectationTexts {

    private final JdbcClient jdbc;

    ExpectationTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One expectation as stored, with the version it was read at and the top of its dimension's scale. */
    public record Stamped(long levelId, long dimensionId, String stamp, int step, String statement, int maxStep) {}

    public Optional<Stamped> current(long levelId, long dimensionId) {
        return jdbc.sql("""
                        select e.level_id, e.skill_id, e.xmin::text as stamp, e.proficiency,
                               coalesce(e.statement, '') as statement, s.max_step
                          from skill_expectation e join skill s on s.id = e.skill_id
                         where e.level_id = ? and e.skill_id = ?
                        """)
                .params(levelId, dimensionId)
                .query((row, n) -> new Stamped(
                        row.getLong("level_id"),
                        row.getLong("skill_id"),
                        row.getString("stamp"),
                        row.getInt("proficiency"),
                        row.getString("statement"),
                        row.getInt("max_step")))
                .optional();
    }

    /**
     * Gives a new level an expectation on every dimension: what the level below expects, one step higher on
     * each of {@code raised} (slugs), where the statement starts as that step's description on the
     * dimension's scale; editors then write each statement for the level.
     */
    public void startLevel(long levelId, long belowLevelId, java.util.List<String> raised) {
        jdbc.sql("""
                        insert into skill_expectation (level_id, skill_id, proficiency, statement)
                        select :level, e.skill_id,
                               case when s.slug in (:raised) then e.proficiency + 1 else e.proficiency end,
                               case when s.slug in (:raised) then coalesce(d.description, e.statement)
                                    else e.statement end
                          from skill_expectation e join skill s on s.id = e.skill_id
                          left join skill_descriptor d on d.skill_id = s.id and d.proficiency = e.proficiency + 1
                         where e.level_id = :below
                        """)
                .param("level", levelId)
                .param("below", belowLevelId)
                .param("raised", raised.isEmpty() ? java.util.List.of("") : raised)
                .update();
    }

    /** Stores the step and statement if the row is still at {@code stamp}; false (nothing stored) when it changed. */
    @Transactional
    public boolean apply(long levelId, long dimensionId, int step, String statement, String stamp) {
        String now = jdbc.sql("select xmin::text from skill_expectation where level_id = ? and skill_id = ? for update")
                .params(levelId, dimensionId)
                .query(String.class)
                .optional()
                .orElse("");
        if (!now.equals(stamp)) {
            return false;
        }
        jdbc.sql("""
                        update skill_expectation set proficiency = ?, statement = ?, version = version + 1
                         where level_id = ? and skill_id = ?
                        """).params(step, statement, levelId, dimensionId).update();
        return true;
    }

    /** The career model with one expectation changed, for previewing a draft in the real pages. */
    public static CareerModel withExpectation(
            CareerModel model, long levelId, long dimensionId, int step, String name, String statement) {
        java.util.List<Expectation> changed = model.expectations().stream()
                .map(e -> e.levelId() == levelId && e.dimensionId() == dimensionId
                        ? new Expectation(
                                e.levelId(),
                                e.levelSlug(),
                                e.levelName(),
                                e.levelShortName(),
                                e.trackSlug(),
                                e.rankInTrack(),
                                e.dimensionId(),
                                e.dimensionSlug(),
                                e.dimensionName(),
                                e.dimensionKind(),
                                e.categorySlug(),
                                e.categoryName(),
                                step,
                                name,
                                statement)
                        : e)
                .toList();
        return new CareerModel(
                model.ladder(), model.scale(), model.allCategories(), model.steps(), model.advice(), changed);
    }
}
