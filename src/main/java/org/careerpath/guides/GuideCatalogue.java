package org.careerpath.guides;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.Level;
import org.careerpath.levels.LevelCatalogue;
import org.careerpath.sources.SourceCatalogue;
import org.careerpath.sources.Sources;
import org.careerpath.web.ContentSnapshots;
import org.springframework.stereotype.Service;

/** The guides module's published API: roles, their guides and the moves between them. */
@Service
public class GuideCatalogue {

    private final ContentSnapshots snapshots;

    private final RoleRepository roles;
    private final RoleGuideRepository guides;
    private final GuideEntryRepository entries;
    private final RoleMoveRepository moves;
    private final GuideSourceRepository citations;
    private final LevelCatalogue levels;
    private final SourceCatalogue sources;

    GuideCatalogue(
            RoleRepository roles,
            RoleGuideRepository guides,
            GuideEntryRepository entries,
            RoleMoveRepository moves,
            GuideSourceRepository citations,
            LevelCatalogue levels,
            SourceCatalogue sources,
            ContentSnapshots snapshots) {
        this.snapshots = snapshots;
        this.roles = roles;
        this.guides = guides;
        this.entries = entries;
        this.moves = moves;
        this.citations = citations;
        this.levels = levels;
        this.sources = sources;
    }

    /**
     * Every role in ladder order (track, level, then the role's own position), the neighbouring roles last,
     * and every move.
     */
    public Guides load() {
        return snapshots.get("guides", this::loadNow);
    }

    private Guides loadNow() {
        Ladder ladder = levels.ladder();
        List<Level> ordered = ladder.levels();
        List<RoleRow> rows = roles.findAllByOrderByPosition();
        List<Role> all = rows.stream()
                .map(role -> atLevel(role, ladder))
                .sorted(Comparator.comparing((Role r) -> !r.onLadder())
                        .thenComparingInt(r -> ordered.indexOf(r.placement())))
                .toList();
        Map<Long, Role> byId = all.stream().collect(Collectors.toMap(Role::id, Function.identity()));
        Map<Long, Short> positions = new LinkedHashMap<>();
        rows.forEach(r -> positions.put(r.getId(), r.getPosition()));
        List<MoveBetween> between = moves.findAll().stream()
                .sorted(Comparator.comparing((RoleMoveRow m) -> positions.get(m.getFromRoleId()))
                        .thenComparing(RoleMoveRow::getKind)
                        .thenComparing(m -> positions.get(m.getToRoleId())))
                .map(m -> {
                    Role from = byId.get(m.getFromRoleId());
                    Role to = byId.get(m.getToRoleId());
                    return new MoveBetween(from.slug(), from.title(), to.slug(), to.title(), m.getKind(), m.getNote());
                })
                .toList();
        return new Guides(all, between, ladder);
    }

    /** A role's guide, every section in order, with the moves that start from the role. */
    public Optional<Guide> guide(String slug) {
        Guides all = load();
        // only roles that exist are kept in memory, so made-up addresses cannot fill it
        return all.bySlug(slug).map(role -> snapshots.get("guides.guide:" + role.slug(), () -> guideFor(role, all)));
    }

    private Guide guideFor(Role role, Guides all) {
        Optional<RoleGuideRow> text = guides.findById(role.id());
        Map<String, List<GuideEntry>> sections = new LinkedHashMap<>();
        Sources citable = sources.load();
        Map<String, List<GuideEntry>> tools = new LinkedHashMap<>();
        Map<String, List<GuideEntry>> interview = new LinkedHashMap<>();
        InterviewGroup.KINDS.forEach(kind -> interview.put(kind, new ArrayList<>()));
        for (GuideEntryRow row : entries.findByRoleIdOrderBySectionAscPositionAsc(role.id())) {
            GuideEntry entry = row.toEntry();
            switch (row.getSection()) {
                case "tool" ->
                    tools.computeIfAbsent(row.getCategory(), k -> new ArrayList<>())
                            .add(entry);
                case "interview" -> interview.get(row.getCategory()).add(entry);
                default ->
                    sections.computeIfAbsent(row.getSection(), k -> new ArrayList<>())
                            .add(entry);
            }
        }
        List<InterviewGroup> questions = interview.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new InterviewGroup(e.getKey(), InterviewGroup.heading(e.getKey()), List.copyOf(e.getValue())))
                .toList();
        Map<String, Role> bySlug = all.roles().stream().collect(Collectors.toMap(Role::slug, Function.identity()));
        List<Move> from = all.movesFrom().getOrDefault(role.slug(), List.of()).stream()
                .sorted(Comparator.comparing(m -> all.roles().indexOf(bySlug.get(m.toSlug()))))
                .map(m -> new Move(m.kind(), m.toSlug(), m.toTitle(), m.note()))
                .toList();
        return new Guide(
                role,
                text.map(RoleGuideRow::getOverview).orElse(null),
                text.map(RoleGuideRow::getDayInWork).orElse(null),
                text.map(RoleGuideRow::getLastReviewed).orElse(null),
                sections.getOrDefault("responsibility", List.of()),
                sections.getOrDefault("skill", List.of()),
                tools,
                questions,
                sections.getOrDefault("challenge", List.of()),
                sections.getOrDefault("skill-gap", List.of()),
                sections.getOrDefault("faq", List.of()),
                citations.findByRoleIdOrderByPosition(role.id()).stream()
                        .map(c -> new GuideCitation(citable.get(c.getSourceId()), c.getUsedFor()))
                        .toList(),
                from.stream().filter(m -> "next".equals(m.kind())).toList(),
                from.stream().filter(m -> "lateral".equals(m.kind())).toList());
    }

    private static Role atLevel(RoleRow role, Ladder ladder) {
        return new Role(
                role.getId(),
                role.getSlug(),
                role.getTitle(),
                role.getFamily(),
                role.getSummary(),
                role.getSocCode(),
                role.getSocTitle(),
                role.getLevelId() == null
                        ? null
                        : ladder.byId(role.getLevelId()).orElseThrow(),
                role.getEntryLevelId() == null
                        ? null
                        : ladder.byId(role.getEntryLevelId()).orElseThrow());
    }
}
