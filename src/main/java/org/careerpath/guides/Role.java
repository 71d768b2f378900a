package org.careerpath.guides;

import org.careerpath.levels.Level;

/**
 * A role with a guide. A ladder role sits at a level of the career ladder; a neighbouring role is its own
 * job, with the ladder level people usually enter it from.
 *
 * @param level the ladder level (ladder roles only, else null)
 * @param entryLevel the level people usually move in from (neighbouring roles only, else null)
 */
public record Role(
        long id,
        String slug,
        String title,
        String family,
        String summary,
        String socCode,
        String socTitle,
        Level level,
        Level entryLevel) {

    public static final String NEIGHBOURS = "neighbours";

    public boolean onLadder() {
        return level != null;
    }

    /** The ladder level, or for a neighbouring role the level people enter it from. */
    public Level placement() {
        return level != null ? level : entryLevel;
    }

    public Long levelId() {
        return level == null ? null : level.id();
    }

    /** The track the role belongs to: the ladder's tracks, or the neighbouring roles. */
    public String group() {
        return level != null ? level.trackSlug() : NEIGHBOURS;
    }
}
