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
    private final org.careerpath.admin.VersionedRows rows;

    DimensionTexts(JdbcClient jdbc, org.careerpath.admin.VersionedRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
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

    /** One step of a dimension's own scale. */
    public record ScaleStep(int step, String name, String description) {}

    /** A category a new dimension may join. */
    public record CategoryChoice(String slug, String name, String kind) {}

    /** The categories a new skill or dimension may join, in catalogue order. */
    public java.util.List<CategoryChoice> categories() {
        return jdbc.sql("select slug, name, kind from skill_category where retired_at is null order by position")
                .query(CategoryChoice.class)
                .list();
    }

    /**
     * Adds an impact or people dimension to a category of that kind, rated on its own scale of steps 0 to 5;
     * every level expects step 0 of it, saying so, until editors set what each level expects. Answers its id.
     */
    public long createWithScale(String categorySlug, Texts texts, java.util.List<ScaleStep> scale) {
        long id = insert(categorySlug, texts, false);
        for (ScaleStep step : scale) {
            jdbc.sql("insert into skill_descriptor (skill_id, proficiency, name, description) values (?, ?, ?, ?)")
                    .params(id, step.step(), step.name(), step.description())
                    .update();
        }
        notSetYet(id);
        return id;
    }

    /**
     * Adds a technical skill to a category: its scale is the portal's proficiency scale (0 to 4) and every
     * level expects step 0 of it, saying so, until editors set what each level expects. Answers its id.
     */
    public long createTechnical(String categorySlug, Texts texts) {
        long id = insert(categorySlug, texts, true);
        jdbc.sql("""
                        insert into skill_descriptor (skill_id, proficiency, name, description)
                        select ?, value, name, description from proficiency
                        """).param(id).update();
        notSetYet(id);
        return id;
    }

    /**
     * The new dimension's row, last in the catalogue, of its category's kind (a technical skill's scale goes to
     * 4, an impact or people dimension's to 5); its address from its name. Answers its id.
     */
    private long insert(String categorySlug, Texts texts, boolean technical) {
        return jdbc.sql("""
                        insert into skill (slug, name, category_id, description, why_it_matters, position, kind,
                                           max_step, retired_at)
                        select :slug, :name, c.id, :description, :why,
                               (select coalesce(max(position), 0) + 1 from skill), c.kind,
                               case when c.kind = 'technical' then 4 else 5 end, :retired
                          from skill_category c where c.slug = :category and (c.kind = 'technical') = :technical
                        returning id
                        """)
                .param("slug", rows.freeSlug("skill", texts.name(), technical ? "skill" : "dimension", 70))
                .param("name", texts.name())
                .param("description", texts.description())
                .param("why", texts.whyItMatters())
                .param("retired", texts.retiredAt())
                .param("category", categorySlug)
                .param("technical", technical)
                .query(Long.class)
                .single();
    }

    /** Every level expects step 0 of a new dimension, saying so, until editors set each level's expectation. */
    private void notSetYet(long id) {
        jdbc.sql("""
                        insert into skill_expectation (level_id, skill_id, proficiency, statement)
                        select l.id, ?, 0, 'Not expected at this level yet: editors have not set this level''s expectation.'
                          from career_level l
                        """).param(id).update();
    }

    /** Deletes a dimension nothing stored refers to, with its expectations, scale and advice. */
    public void delete(long id) {
        rows.delete("skill", "id", id);
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
