package org.careerpath.skills;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A skill's or dimension's words and its retirement, read and written for the editors with the row version
 * (PostgreSQL's xmin). Its id and slug never change: renaming keeps both, so every link and every stored
 * assessment keeps pointing at it. Retiring hides it from new assessments; stored ones keep their answers
 * and show it as retired since that day.
 */
@Component
public class DimensionTexts {

    private final JdbcClient jdbc;

    DimensionTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Texts(String name, String description, String whyItMatters, LocalDate retiredAt) {}

    public record Stamped(long id, String stamp, Texts texts) {}

    public Optional<Stamped> current(long id) {
        return jdbc.sql("""
                        select id, xmin::text as stamp, name, description, why_it_matters, retired_at
                          from skill where id = ?
                        """)
                .param(id)
                .query((row, n) -> new Stamped(
                        row.getLong("id"),
                        row.getString("stamp"),
                        new Texts(
                                row.getString("name"),
                                row.getString("description"),
                                row.getString("why_it_matters"),
                                row.getObject("retired_at", LocalDate.class))))
                .optional();
    }

    /** Whether another skill or dimension already has this name (names are unique). */
    public boolean nameTaken(long id, String name) {
        return jdbc.sql("select count(*) from skill where lower(name) = lower(?) and id <> ?")
                        .params(name, id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** How many stored assessments, drafts, mentors' answers and checklist ticks refer to it. */
    public long storedReferences(long id) {
        return jdbc.sql("""
                        select (select count(distinct revision_id) from assessment_rating where skill_id = :id)
                             + (select count(*) from assessment_draft_answer where skill_id = :id)
                             + (select count(*) from mentor_rating where skill_id = :id)
                             + (select count(*) from checklist_tick where skill_id = :id)
                        """).param("id", id).query(Long.class).single();
    }

    /** Deletes a dimension nothing stored refers to, with its expectations, scale and advice. */
    public void delete(long id) {
        jdbc.sql("delete from skill where id = ?").param(id).update();
    }

    /** Stores the words if the row is still at {@code stamp}; false (nothing stored) when it changed. */
    @Transactional
    public boolean apply(long id, Texts texts, String stamp) {
        String now = jdbc.sql("select xmin::text from skill where id = ? for update")
                .param(id)
                .query(String.class)
                .optional()
                .orElse("");
        if (!now.equals(stamp)) {
            return false;
        }
        jdbc.sql("""
                        update skill set name = ?, description = ?, why_it_matters = ?, retired_at = ?,
                               version = version + 1
                         where id = ?
                        """)
                .params(texts.name(), texts.description(), texts.whyItMatters(), texts.retiredAt(), id)
                .update();
        return true;
    }
}
