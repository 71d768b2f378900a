package org.careerpath.levels;

import java.util.List;
import java.util.Optional;

/** The whole career ladder, loaded once per request, with the ways to move around it. */
public record Ladder(List<TrackSummary> tracks) {

    public List<LevelSummary> levels() {
        return tracks.stream().flatMap(t -> t.levels().stream()).toList();
    }

    public Optional<LevelSummary> bySlug(String slug) {
        return levels().stream().filter(level -> level.slug().equals(slug)).findFirst();
    }

    /**
     * The level a person usually comes from: the one below in the same track, or for the first level of
     * a branching track (the manager track) the level it branches from.
     */
    public Optional<LevelSummary> below(LevelSummary level) {
        if (level.rankInTrack() > 1) {
            return inTrack(level.trackSlug(), level.rankInTrack() - 1);
        }
        return tracks.stream()
                .filter(t -> t.slug().equals(level.trackSlug()) && t.branchesFromLevelSlug() != null)
                .findFirst()
                .flatMap(t -> bySlug(t.branchesFromLevelSlug()));
    }

    /** The next level up in the same track, if there is one. */
    public Optional<LevelSummary> above(LevelSummary level) {
        return inTrack(level.trackSlug(), level.rankInTrack() + 1);
    }

    /** First levels of the tracks that branch off this level (Senior also leads to the manager track). */
    public List<LevelSummary> branchesFrom(LevelSummary level) {
        return tracks.stream()
                .filter(t -> level.slug().equals(t.branchesFromLevelSlug()))
                .map(t -> t.levels().get(0))
                .toList();
    }

    private Optional<LevelSummary> inTrack(String trackSlug, int rank) {
        return levels().stream()
                .filter(l -> l.trackSlug().equals(trackSlug) && l.rankInTrack() == rank)
                .findFirst();
    }
}
