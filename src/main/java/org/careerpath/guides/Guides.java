package org.careerpath.guides;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerpath.levels.Ladder;

/** Every role, in ladder order, and every move between roles. */
public record Guides(List<RoleAtLevel> roles, List<MoveBetween> moves, Ladder ladder) {

    public Optional<RoleAtLevel> bySlug(String slug) {
        return roles.stream().filter(r -> r.slug().equals(slug)).findFirst();
    }

    public List<RoleAtLevel> atLevel(long levelId) {
        return roles.stream().filter(r -> r.levelId() == levelId).toList();
    }

    /** Roles grouped by track, ordered by level and then the ladder role before its neighbours. */
    public List<TrackRoles> byTrack() {
        Map<String, List<RoleAtLevel>> byTrack = new LinkedHashMap<>();
        roles.forEach(role -> byTrack.computeIfAbsent(role.trackSlug(), k -> new ArrayList<>())
                .add(role));
        return byTrack.values().stream()
                .map(list -> new TrackRoles(list.get(0).trackSlug(), list.get(0).trackName(), List.copyOf(list)))
                .toList();
    }

    /** Role slug to the moves that start there. */
    public Map<String, List<MoveBetween>> movesFrom() {
        Map<String, List<MoveBetween>> from = new LinkedHashMap<>();
        moves.forEach(
                m -> from.computeIfAbsent(m.fromSlug(), k -> new ArrayList<>()).add(m));
        return from;
    }
}
