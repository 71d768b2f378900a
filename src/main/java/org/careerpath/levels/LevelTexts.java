package org.careerpath.levels;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The words of a career level, for the editors (the pages module shows them and previews a draft): names,
 * focus, scope, summary, key skills and hands-on time. Writes are guarded by the row's {@code xmin}: an edit
 * names the version it started from and is refused when the row has changed since.
 */
@Component
public class LevelTexts {

    private final JdbcClient jdbc;

    LevelTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A level's words as stored. */
    public record Texts(
            String name,
            String shortName,
            String commonName,
            String focus,
            String scopeOfImpact,
            String summary,
            String keySkills,
            String handsOn,
            java.time.LocalDate retiredAt) {}

    /** The words with the version they were read at. */
    public record Stamped(long id, String stamp, Texts texts) {}

    public Optional<Stamped> current(long id) {
        return jdbc.sql("""
                        select id, xmin::text as stamp, name, short_name, common_name, focus, scope_of_impact, summary,
                               coalesce(key_skills, '') as key_skills, coalesce(hands_on, '') as hands_on,
                               retired_at
                          from career_level where id = ?
                        """)
                .param(id)
                .query((row, n) -> new Stamped(
                        row.getLong("id"),
                        row.getString("stamp"),
                        new Texts(
                                row.getString("name"),
                                row.getString("short_name"),
                                row.getString("common_name"),
                                row.getString("focus"),
                                row.getString("scope_of_impact"),
                                row.getString("summary"),
                                row.getString("key_skills"),
                                row.getString("hands_on"),
                                row.getObject("retired_at", java.time.LocalDate.class))))
                .optional();
    }

    /** How many stored assessments aim at the level, and how many roles and salary figures belong to it. */
    public String references(long id) {
        record Counts(long assessments, long roles, long bands) {}
        Counts c = jdbc.sql("""
                        select (select count(*) from assessment_revision where target_level_id = :id) as assessments,
                               (select count(*) from role where level_id = :id or entry_level_id = :id) as roles,
                               (select count(*) from salary_band where level_id = :id) as bands
                        """).param("id", id).query(Counts.class).single();
        return c.assessments() + " stored assessments aim at it, " + c.roles() + " roles and " + c.bands()
                + " salary figures belong to it";
    }

    /** Stores the words if the level is still at {@code stamp}; false (nothing stored) when it changed. */
    @Transactional
    public boolean apply(long id, Texts texts, String stamp) {
        String now = jdbc.sql("select xmin::text from career_level where id = ? for update")
                .param(id)
                .query(String.class)
                .optional()
                .orElse("");
        if (!now.equals(stamp)) {
            return false;
        }
        jdbc.sql("""
                        update career_level set name = ?, short_name = ?, common_name = ?, focus = ?,
                               scope_of_impact = ?, summary = ?, key_skills = nullif(?, ''), hands_on = nullif(?, ''),
                               retired_at = ?, version = version + 1
                         where id = ?
                        """)
                .params(
                        texts.name(),
                        texts.shortName(),
                        texts.commonName(),
                        texts.focus(),
                        texts.scopeOfImpact(),
                        texts.summary(),
                        texts.keySkills(),
                        texts.handsOn(),
                        texts.retiredAt(),
                        id)
                .update();
        return true;
    }
}
