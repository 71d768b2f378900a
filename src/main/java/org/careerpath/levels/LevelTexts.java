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
    private final org.careerpath.admin.VersionedRows rows;

    LevelTexts(JdbcClient jdbc, org.careerpath.admin.VersionedRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
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

    /**
     * Where a new level of a track goes: at the top, above the level people would come from (the track's
     * highest level, or for a track with no level yet the level it branches from).
     */
    public record Place(
            long trackId,
            String trackSlug,
            String trackName,
            String trackDescription,
            String branchSlug,
            int rank,
            Long belowLevelId) {}

    public Optional<Place> placeAtTop(String trackSlug) {
        return jdbc.sql("""
                        select t.id, t.slug, t.name, t.description, b.slug as branch_slug,
                               coalesce((select max(l.rank_in_track) from career_level l where l.track_id = t.id), 0)
                                 + 1 as rank,
                               coalesce((select l.id from career_level l where l.track_id = t.id
                                          order by l.rank_in_track desc limit 1),
                                        t.branches_from_level_id) as below_id
                          from career_track t left join career_level b on b.id = t.branches_from_level_id
                         where t.slug = ?
                        """)
                .param(trackSlug)
                .query((row, n) -> new Place(
                        row.getLong("id"),
                        row.getString("slug"),
                        row.getString("name"),
                        row.getString("description"),
                        row.getString("branch_slug"),
                        row.getInt("rank"),
                        row.getObject("below_id", Long.class)))
                .optional();
    }

    /** A track as stored, whether or not it has levels yet. */
    public record TrackRow(long id, String slug, String name) {}

    /** Every track in order, those without levels yet included. */
    public java.util.List<TrackRow> tracks() {
        return jdbc.sql("select id, slug, name from career_track order by position")
                .query(TrackRow.class)
                .list();
    }

    /** Every track a new level may join, those without levels yet included: slug to name. */
    public java.util.Map<String, String> trackChoices() {
        java.util.Map<String, String> choices = new java.util.LinkedHashMap<>();
        tracks().forEach(t -> choices.put(t.slug(), t.name()));
        return choices;
    }

    /** Whether another level already has this name. */
    public boolean nameTaken(long id, String name) {
        return jdbc.sql("select count(*) from career_level where lower(name) = lower(?) and id <> ?")
                        .params(name, id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Adds a level at the top of its track (see {@link #placeAtTop}); its address comes from its name and
     * stays. Answers its id. Its expectations are the skills module's to add.
     */
    public long create(Place place, Texts texts, int yearsMin, int sfiaLevel) {
        return jdbc.sql("""
                        insert into career_level (slug, name, short_name, track_id, rank_in_track, years_min, focus,
                                                  scope_of_impact, summary, sfia_level, common_name, key_skills,
                                                  hands_on, retired_at)
                        values (:slug, :name, :short, :track, :rank, :years, :focus, :scope, :summary, :sfia, :common,
                                nullif(:keySkills, ''), nullif(:handsOn, ''), :retired)
                        returning id
                        """)
                .param("slug", rows.freeSlug("career_level", texts.name(), "level", 60))
                .param("name", texts.name())
                .param("short", texts.shortName())
                .param("track", place.trackId())
                .param("rank", place.rank())
                .param("years", yearsMin)
                .param("focus", texts.focus())
                .param("scope", texts.scopeOfImpact())
                .param("summary", texts.summary())
                .param("sfia", sfiaLevel)
                .param("common", texts.commonName())
                .param("keySkills", texts.keySkills())
                .param("handsOn", texts.handsOn())
                .param("retired", texts.retiredAt())
                .query(Long.class)
                .single();
    }

    /** Adds a track (its address from its name); it shows on the ladder once it has a level. Answers its id. */
    public long createTrack(String name, String description, String branchesFromLevelSlug) {
        return jdbc.sql("""
                        insert into career_track (slug, name, description, position, branches_from_level_id)
                        values (:slug, :name, :description, (select coalesce(max(position), 0) + 1 from career_track),
                                (select id from career_level where slug = :branch))
                        returning id
                        """)
                .param("slug", rows.freeSlug("career_track", name, "track", 60))
                .param("name", name)
                .param("description", description)
                .param("branch", branchesFromLevelSlug)
                .query(Long.class)
                .single();
    }

    /**
     * Why a level may not be deleted, in words; empty when it may. A level stays while stored assessments aim
     * at it, roles, salary figures or the survey's levels belong to it, a track branches from it, or a level
     * sits above it in its track (the ladder would have a gap); otherwise, such as a level added by mistake,
     * it goes with its expectations.
     */
    public Optional<String> deleteRefusal(long id) {
        record Counts(long assessments, long roles, long pay, long branches, long above) {}
        Counts c = jdbc.sql("""
                        select (select count(*) from assessment_revision where target_level_id = :id) as assessments,
                               (select count(*) from role where level_id = :id or entry_level_id = :id) as roles,
                               (select count(*) from salary_band where level_id = :id)
                                 + (select count(*) from survey_level_map where level_id = :id) as pay,
                               (select count(*) from career_track where branches_from_level_id = :id) as branches,
                               (select count(*) from career_level a join career_level l on l.track_id = a.track_id
                                 where l.id = :id and a.rank_in_track > l.rank_in_track) as above
                        """).param("id", id).query(Counts.class).single();
        java.util.List<String> reasons = new java.util.ArrayList<>();
        if (c.assessments() > 0) {
            reasons.add(c.assessments() + " stored assessments aim at it");
        }
        if (c.roles() > 0) {
            reasons.add(c.roles() + " roles belong to it");
        }
        if (c.pay() > 0) {
            reasons.add(c.pay() + " salary figures or survey levels belong to it");
        }
        if (c.branches() > 0) {
            reasons.add("a track branches from it");
        }
        if (c.above() > 0) {
            reasons.add(
                    c.above() == 1
                            ? "a level sits above it in its track"
                            : c.above() + " levels sit above it in its track");
        }
        return reasons.isEmpty()
                ? Optional.empty()
                : Optional.of("The level is part of the ladder other content uses: " + String.join(", ", reasons)
                        + ". Change its words or retire it instead.");
    }

    /** Deletes a level nothing refers to (see {@link #deleteRefusal}), with its expectations and facts. */
    public void delete(long id) {
        rows.delete("career_level", "id", id);
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
