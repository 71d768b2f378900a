package org.careerpath.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careerpath.levels.Level;
import org.careerpath.skills.CareerModel;

/**
 * Estimates where a person stands on a track. The rule, as the results and methodology pages state it: the
 * highest level of the track at which you meet every defining dimension you rated (what the level expects
 * more of than the level below), meet at least 80% of the dimensions you rated, and are no more than one
 * step below on any of them; you must have rated at least half of the level's dimensions and half of its
 * defining ones. Each condition only becomes easier as a rating rises, so raising a rating never lowers
 * the estimate.
 */
final class Scoring {

    /** 80% as a fraction, kept in integers so that exactly 80% counts: met * 5 >= rated * 4. */
    static final int SHARE_NUMERATOR = 4;

    static final int SHARE_DENOMINATOR = 5;

    /** The largest shortfall on any single dimension that still allows a level. */
    static final int MAX_SHORTFALL = 1;

    private Scoring() {}

    /** How the ratings (dimension id to step; absent or null when not rated) fit one level. */
    static LevelMatch match(Level level, CareerModel model, Map<Long, Integer> ratings) {
        Map<Long, Integer> expected = model.expectedByLevel().getOrDefault(level.id(), Map.of());
        Set<Long> defining = model.defining(level);
        int rated = 0;
        int met = 0;
        int shortfall = 0;
        int definingRated = 0;
        int definingMet = 0;
        for (var e : expected.entrySet()) {
            Integer rating = ratings.get(e.getKey());
            if (rating == null) {
                continue;
            }
            rated++;
            boolean meets = rating >= e.getValue();
            if (meets) {
                met++;
            } else {
                shortfall = Math.max(shortfall, e.getValue() - rating);
            }
            if (defining.contains(e.getKey())) {
                definingRated++;
                if (meets) {
                    definingMet++;
                }
            }
        }
        return new LevelMatch(level.id(), expected.size(), rated, met, shortfall, defining, definingRated, definingMet);
    }

    /** The highest matching level of a track (levels in rank order); empty when none matches. */
    static Optional<LevelMatch> estimate(List<Level> track, CareerModel model, Map<Long, Integer> ratings) {
        LevelMatch best = null;
        for (Level level : track) {
            LevelMatch match = match(level, model, ratings);
            if (match.matches()) {
                best = match;
            }
        }
        return Optional.ofNullable(best);
    }
}
