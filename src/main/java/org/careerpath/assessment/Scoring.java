package org.careerpath.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Estimates where a person stands. The rule, as stated on the results page: the highest level of the chosen
 * track at which you meet the expectation (rating at least the expected proficiency) for at least 80% of
 * skills and are no more than one point below on any skill.
 */
final class Scoring {

    /** 80% as a fraction, kept in integers so that exactly 80% counts: met * 5 >= total * 4. */
    static final int SHARE_NUMERATOR = 4;

    static final int SHARE_DENOMINATOR = 5;

    /** The largest shortfall on any single skill that still allows a level. */
    static final int MAX_SHORTFALL = 1;

    private Scoring() {}

    static LevelFit fit(long levelId, Map<Long, Integer> expected, Map<Long, Integer> ratings) {
        int met = 0;
        int shortfall = 0;
        for (var e : expected.entrySet()) {
            int rating = ratings.getOrDefault(e.getKey(), 0);
            if (rating >= e.getValue()) {
                met++;
            } else {
                shortfall = Math.max(shortfall, e.getValue() - rating);
            }
        }
        return new LevelFit(levelId, met, expected.size(), shortfall);
    }

    /**
     * The highest qualifying level of a track, given its level ids in rank order; empty when the person is
     * below the track's first level.
     */
    static Optional<LevelFit> estimate(
            List<Long> trackLevelsInRankOrder,
            Map<Long, Map<Long, Integer>> expectedByLevel,
            Map<Long, Integer> ratings) {
        LevelFit best = null;
        for (long levelId : trackLevelsInRankOrder) {
            LevelFit fit = fit(levelId, expectedByLevel.get(levelId), ratings);
            if (fit.qualifies()) {
                best = fit;
            }
        }
        return Optional.ofNullable(best);
    }
}
