package org.careerpath.levels;

import java.util.List;
import java.util.Optional;

/** The whole career ladder: tracks in order, each with its levels, and the ways to move around it. */
public record Ladder(List<Track> tracks) {

    public List<Level> levels() {
        return tracks.stream().flatMap(t -> t.levels().stream()).toList();
    }

    public Optional<Level> bySlug(String slug) {
        return levels().stream().filter(level -> level.slug().equals(slug)).findFirst();
    }

    public Optional<Level> byId(long id) {
        return levels().stream().filter(level -> level.id() == id).findFirst();
    }

    public List<Level> track(String trackSlug) {
        return levels().stream().filter(l -> l.trackSlug().equals(trackSlug)).toList();
    }

    /**
     * The level a person usually comes from: the one below in the same track, or for the first level of
     * a branching track (the manager track) the level it branches from.
     */
    public Optional<Level> below(Level level) {
        if (level.rankInTrack() > 1) {
            return inTrack(level.trackSlug(), level.rankInTrack() - 1);
        }
        return tracks.stream()
                .filter(t -> t.slug().equals(level.trackSlug()) && t.branchesFromLevelSlug() != null)
                .findFirst()
                .flatMap(t -> bySlug(t.branchesFromLevelSlug()));
    }

    /** The next level up in the same track, if there is one. */
    public Optional<Level> above(Level level) {
        return inTrack(level.trackSlug(), level.rankInTrack() + 1);
    }

    /** First levels of the tracks that branch off this level (Senior also leads to the manager track). */
    public List<Level> branchesFrom(Level level) {
        return tracks.stream()
                .filter(t -> level.slug().equals(t.branchesFromLevelSlug()))
                .map(t -> t.levels().get(0))
                .toList();
    }

    /**
     * How far a track's first level sits along the ladder: 0 for a track of its own, the branch level's
     * rank for a track that branches off another (the manager track starts beside Staff).
     */
    public int offset(String trackSlug) {
        return tracks.stream()
                .filter(t -> t.slug().equals(trackSlug) && t.branchesFromLevelSlug() != null)
                .findFirst()
                .flatMap(t -> bySlug(t.branchesFromLevelSlug()))
                .map(Level::rankInTrack)
                .orElse(0);
    }

    private Optional<Level> inTrack(String trackSlug, int rank) {
        return levels().stream()
                .filter(l -> l.trackSlug().equals(trackSlug) && l.rankInTrack() == rank)
                .findFirst();
    }
}
