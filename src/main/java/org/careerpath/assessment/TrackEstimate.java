package org.careerpath.assessment;

import org.careerpath.levels.Level;

/**
 * Where a person stands on one track: the highest level they match, or none, with the reason.
 *
 * @param estimated the highest level matched, or null
 * @param first the track's first level, for "below ..." wording
 * @param match how the ratings fit the estimated level (null when none)
 * @param enoughAnswers whether enough was rated to judge the track's first level at all
 */
record TrackEstimate(
        String trackSlug, String trackName, Level estimated, Level first, LevelMatch match, boolean enoughAnswers) {

    /** "Senior ML Engineer", "below Junior ML Engineer" or "not enough answers yet". */
    public String text() {
        if (estimated != null) {
            return estimated.name();
        }
        return enoughAnswers ? "below " + first.name() : "not enough answers yet";
    }

    public boolean individualContributor() {
        return first.individualContributor();
    }
}
