package org.careerpath.guides;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerpath.levels.Ladder;

/** Every role, in ladder order with the neighbouring roles last, and every move between roles. */
public record Guides(List<Role> roles, List<MoveBetween> moves, Ladder ladder) {

    public Optional<Role> bySlug(String slug) {
        return roles.stream().filter(r -> r.slug().equals(slug)).findFirst();
    }

    /** The ladder roles at a level. */
    public List<Role> atLevel(long levelId) {
        return roles.stream()
                .filter(r -> r.onLadder() && r.level().id() == levelId)
                .toList();
    }

    /** The neighbouring roles people usually enter from a level. */
    public List<Role> enteredFrom(long levelId) {
        return roles.stream()
                .filter(r -> !r.onLadder() && r.entryLevel().id() == levelId)
                .toList();
    }

    /** Roles grouped by track in ladder order, then the neighbouring roles. */
    public List<TrackRoles> byTrack() {
        Map<String, List<Role>> byGroup = new LinkedHashMap<>();
        roles.forEach(role ->
                byGroup.computeIfAbsent(role.group(), k -> new ArrayList<>()).add(role));
        return byGroup.entrySet().stream()
                .map(e -> new TrackRoles(
                        e.getKey(),
                        Role.NEIGHBOURS.equals(e.getKey())
                                ? "Neighbouring roles"
                                : e.getValue().get(0).level().trackName(),
                        List.copyOf(e.getValue())))
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
