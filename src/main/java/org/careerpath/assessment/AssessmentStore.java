package org.careerpath.assessment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Assessments, their revisions, ratings and checklist ticks in PostgreSQL. */
@Repository
class AssessmentStore {

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Revision(
            long id,
            int number,
            long targetLevelId,
            String targetSlug,
            String label,
            BigDecimal yearsExperience,
            OffsetDateTime createdAt) {}

    /** An assessment with its latest revision, the one before (if any), and the ticked gap skills. */
    record Stored(
            long id,
            String token,
            Revision latest,
            Map<Long, Integer> ratings,
            Revision previous,
            Map<Long, Integer> previousRatings,
            Set<Long> ticked) {}

    /** Stores a new assessment and its first revision in one transaction; returns the token. */
    @Transactional
    String create(long targetLevelId, String label, BigDecimal years, Map<Long, Integer> ratings) {
        String token = Tokens.next();
        long id = jdbc.sql("insert into assessment (token) values (?) returning id")
                .param(token)
                .query(Long.class)
                .single();
        addRevision(id, 1, targetLevelId, label, years, ratings);
        return token;
    }

    /**
     * Stores a new revision; ticks stay only for skills that are still gaps against the new target
     * (those are passed in by the caller, which knows the expectations).
     */
    @Transactional
    void revise(
            long assessmentId,
            long targetLevelId,
            String label,
            BigDecimal years,
            Map<Long, Integer> ratings,
            Set<Long> stillGaps) {
        int next = jdbc.sql("select coalesce(max(number), 0) + 1 from assessment_revision where assessment_id = ?")
                .param(assessmentId)
                .query(Integer.class)
                .single();
        addRevision(assessmentId, next, targetLevelId, label, years, ratings);
        jdbc.sql("delete from checklist_tick where assessment_id = ? and not (skill_id = any(?::bigint[]))")
                .params(assessmentId, stillGaps.toArray(Long[]::new))
                .update();
    }

    private void addRevision(
            long assessmentId,
            int number,
            long targetLevelId,
            String label,
            BigDecimal years,
            Map<Long, Integer> ratings) {
        long revision = jdbc.sql("""
                        insert into assessment_revision (assessment_id, number, target_level_id, label, years_experience)
                        values (?, ?, ?, ?, ?) returning id
                        """)
                .params(assessmentId, number, targetLevelId, label == null || label.isBlank() ? null : label, years)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into assessment_rating (revision_id, skill_id, rating)
                        select ?, skill, rating from unnest(?::bigint[], ?::smallint[]) as r(skill, rating)
                        """)
                .params(
                        revision,
                        ratings.keySet().toArray(Long[]::new),
                        ratings.values().stream().map(Integer::shortValue).toArray(Short[]::new))
                .update();
    }

    @Transactional(readOnly = true)
    Optional<Stored> find(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        Optional<Long> id = jdbc.sql("select id from assessment where token = ?")
                .param(token)
                .query(Long.class)
                .optional();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        List<Revision> revisions =
                jdbc.sql("""
                        select r.id, r.number, r.target_level_id, l.slug as target_slug, r.label, r.years_experience,
                               r.created_at
                        from assessment_revision r join career_level l on l.id = r.target_level_id
                        where r.assessment_id = ? order by r.number desc limit 2
                        """).param(id.get()).query(Revision.class).list();
        Revision latest = revisions.get(0);
        Revision previous = revisions.size() > 1 ? revisions.get(1) : null;
        Set<Long> ticked = Set.copyOf(jdbc.sql("select skill_id from checklist_tick where assessment_id = ?")
                .param(id.get())
                .query(Long.class)
                .list());
        return Optional.of(new Stored(
                id.get(),
                token,
                latest,
                ratings(latest.id()),
                previous,
                previous == null ? Map.of() : ratings(previous.id()),
                ticked));
    }

    private Map<Long, Integer> ratings(long revisionId) {
        Map<Long, Integer> ratings = new LinkedHashMap<>();
        jdbc.sql("select skill_id, rating from assessment_rating where revision_id = ?")
                .param(revisionId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .list()
                .forEach(e -> ratings.put(e.getKey(), e.getValue()));
        return ratings;
    }

    @Transactional
    void tick(long assessmentId, long skillId, boolean done) {
        if (done) {
            jdbc.sql("insert into checklist_tick (assessment_id, skill_id) values (?, ?) on conflict do nothing")
                    .params(assessmentId, skillId)
                    .update();
        } else {
            jdbc.sql("delete from checklist_tick where assessment_id = ? and skill_id = ?")
                    .params(assessmentId, skillId)
                    .update();
        }
    }

    /** Deletes the assessment; revisions, ratings and ticks go with it (foreign keys cascade). */
    @Transactional
    boolean delete(String token) {
        return Tokens.wellFormed(token)
                && jdbc.sql("delete from assessment where token = ?")
                                .param(token)
                                .update()
                        == 1;
    }
}
