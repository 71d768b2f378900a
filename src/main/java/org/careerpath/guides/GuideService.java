package org.careerpath.guides;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerpath.guides.GuideViews.Entry;
import org.careerpath.guides.GuideViews.Guide;
import org.careerpath.guides.GuideViews.Move;
import org.careerpath.guides.GuideViews.RoleAtLevel;
import org.careerpath.guides.GuideViews.TrackRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Career guides: roles with their level, guide sections and the moves between roles. */
@Service
@Transactional(readOnly = true)
public class GuideService {

    private static final String ROLE_QUERY = """
            select r.id, r.slug, r.title, r.family, r.summary, r.soc_code, r.soc_title,
                   l.id as level_id, l.slug as level_slug, l.name as level_name, l.years_min, l.years_max,
                   t.slug as track_slug, t.name as track_name, l.rank_in_track
            from role r
            join career_level l on l.id = r.level_id
            join career_track t on t.id = l.track_id
            """;

    private final JdbcClient jdbc;

    GuideService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every role, grouped by track, ordered by level and then by the ladder before its neighbours. */
    public List<TrackRoles> rolesByTrack() {
        List<RoleAtLevel> roles = jdbc.sql(ROLE_QUERY + " order by t.position, l.rank_in_track, r.position")
                .query(RoleAtLevel.class)
                .list();
        Map<String, List<RoleAtLevel>> byTrack = new LinkedHashMap<>();
        roles.forEach(role -> byTrack.computeIfAbsent(role.trackSlug(), k -> new ArrayList<>())
                .add(role));
        return byTrack.values().stream()
                .map(list -> new TrackRoles(list.get(0).trackSlug(), list.get(0).trackName(), List.copyOf(list)))
                .toList();
    }

    public List<RoleAtLevel> rolesAtLevel(long levelId) {
        return jdbc.sql(ROLE_QUERY + " where l.id = ? order by r.position")
                .param(levelId)
                .query(RoleAtLevel.class)
                .list();
    }

    public List<RoleAtLevel> roles() {
        return jdbc.sql(ROLE_QUERY + " order by t.position, l.rank_in_track, r.position")
                .query(RoleAtLevel.class)
                .list();
    }

    /** Every move between roles, in ladder order of the role it starts from. */
    public List<MoveBetween> moves() {
        return jdbc.sql("""
                        select f.slug as from_slug, f.title as from_title, t.slug as to_slug, t.title as to_title,
                               m.kind, m.note
                        from role_move m
                        join role f on f.id = m.from_role_id
                        join role t on t.id = m.to_role_id
                        order by f.position, m.kind, t.position
                        """).query(MoveBetween.class).list();
    }

    /**
     * How far each track's first level sits along the ladder: 0 for a track of its own, the branch level's
     * rank for a track that branches off another (the manager track starts beside Staff).
     */
    public Map<String, Integer> trackOffsets() {
        record Offset(String slug, int offset) {}
        Map<String, Integer> offsets = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.slug, coalesce(b.rank_in_track, 0) as "offset" from career_track t
                        left join career_level b on b.id = t.branches_from_level_id order by t.position
                        """).query(Offset.class).list().forEach(o -> offsets.put(o.slug(), o.offset()));
        return offsets;
    }

    public record MoveBetween(
            String fromSlug, String fromTitle, String toSlug, String toTitle, String kind, String note) {}

    public Optional<Guide> guide(String slug) {
        return jdbc.sql(ROLE_QUERY + " where r.slug = ?")
                .param(slug)
                .query(RoleAtLevel.class)
                .optional()
                .map(this::guideFor);
    }

    private Guide guideFor(RoleAtLevel role) {
        record Text(String overview, String dayInWork, LocalDate lastReviewed) {}
        Text text = jdbc.sql("select overview, day_in_work, last_reviewed from role_guide where role_id = ?")
                .param(role.id())
                .query(Text.class)
                .optional()
                .orElse(new Text(null, null, null));
        record Row(String section, String category, String heading, String body, String detail) {}
        List<Row> rows = jdbc.sql("""
                        select section, category, heading, body, detail from guide_entry
                        where role_id = ? order by section, position
                        """).param(role.id()).query(Row.class).list();
        Map<String, List<Entry>> sections = new LinkedHashMap<>();
        Map<String, List<Entry>> tools = new LinkedHashMap<>();
        Map<String, List<Entry>> interview = new LinkedHashMap<>();
        GuideViews.INTERVIEW_ORDER.forEach(kind -> interview.put(kind, new ArrayList<>()));
        for (Row row : rows) {
            Entry entry = new Entry(row.category(), row.heading(), row.body(), row.detail());
            switch (row.section()) {
                case "tool" ->
                    tools.computeIfAbsent(row.category(), k -> new ArrayList<>())
                            .add(entry);
                case "interview" -> interview.get(row.category()).add(entry);
                default ->
                    sections.computeIfAbsent(row.section(), k -> new ArrayList<>())
                            .add(entry);
            }
        }
        interview.values().removeIf(List::isEmpty);
        List<Move> moves = jdbc.sql("""
                        select m.kind, t.slug, t.title, l.name as level_name, m.note
                        from role_move m
                        join role t on t.id = m.to_role_id
                        join career_level l on l.id = t.level_id
                        where m.from_role_id = ? order by t.position
                        """).param(role.id()).query(Move.class).list();
        return new Guide(
                role,
                text.overview(),
                text.dayInWork(),
                text.lastReviewed(),
                sections.getOrDefault("responsibility", List.of()),
                tools,
                interview,
                sections.getOrDefault("challenge", List.of()),
                sections.getOrDefault("skill-gap", List.of()),
                sections.getOrDefault("faq", List.of()),
                sections.getOrDefault("source", List.of()),
                moves.stream().filter(m -> "next".equals(m.kind())).toList(),
                moves.stream().filter(m -> "lateral".equals(m.kind())).toList());
    }
}
