package org.careerpath.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTests {

    /** Ten skills (ids 1..10) all expected at the same proficiency. */
    private static Map<Long, Integer> expectEvery(int proficiency) {
        Map<Long, Integer> expected = new HashMap<>();
        for (long skill = 1; skill <= 10; skill++) {
            expected.put(skill, proficiency);
        }
        return expected;
    }

    /** Ratings for skills 1..10: the first {@code meeting} at {@code at}, the rest at {@code rest}. */
    private static Map<Long, Integer> ratings(int meeting, int at, int rest) {
        Map<Long, Integer> ratings = new HashMap<>();
        for (long skill = 1; skill <= 10; skill++) {
            ratings.put(skill, skill <= meeting ? at : rest);
        }
        return ratings;
    }

    @Test
    void exactlyEightyPercentMetQualifies() {
        LevelFit fit = Scoring.fit(1, expectEvery(3), ratings(8, 3, 2));
        assertThat(fit.met()).isEqualTo(8);
        assertThat(fit.percent()).isEqualTo(80);
        assertThat(fit.qualifies()).isTrue();
    }

    @Test
    void justUnderEightyPercentDoesNotQualify() {
        LevelFit fit = Scoring.fit(1, expectEvery(3), ratings(7, 3, 2));
        assertThat(fit.percent()).isEqualTo(70);
        assertThat(fit.qualifies()).isFalse();
    }

    @Test
    void oneSkillTwoPointsBelowRulesTheLevelOutEvenAtNinetyPercent() {
        Map<Long, Integer> ratings = ratings(9, 3, 1);
        LevelFit fit = Scoring.fit(1, expectEvery(3), ratings);
        assertThat(fit.met()).isEqualTo(9);
        assertThat(fit.largestShortfall()).isEqualTo(2);
        assertThat(fit.qualifies()).isFalse();
    }

    @Test
    void oneSkillOnePointBelowIsAllowed() {
        LevelFit fit = Scoring.fit(1, expectEvery(3), ratings(9, 3, 2));
        assertThat(fit.largestShortfall()).isEqualTo(1);
        assertThat(fit.qualifies()).isTrue();
    }

    @Test
    void estimateIsTheHighestQualifyingLevelOfTheTrack() {
        Map<Long, Map<Long, Integer>> levels = Map.of(10L, expectEvery(1), 20L, expectEvery(2), 30L, expectEvery(3));
        assertThat(Scoring.estimate(List.of(10L, 20L, 30L), levels, ratings(10, 2, 2)))
                .hasValueSatisfying(fit -> assertThat(fit.levelId()).isEqualTo(20L));
        assertThat(Scoring.estimate(List.of(10L, 20L, 30L), levels, ratings(10, 4, 4)))
                .hasValueSatisfying(fit -> assertThat(fit.levelId()).isEqualTo(30L));
    }

    @Test
    void belowTheFirstLevelGivesNoEstimate() {
        Map<Long, Map<Long, Integer>> levels = Map.of(10L, expectEvery(2), 20L, expectEvery(3));
        assertThat(Scoring.estimate(List.of(10L, 20L), levels, ratings(10, 0, 0)))
                .isEmpty();
        assertThat(Scoring.estimate(List.of(10L, 20L), levels, ratings(7, 2, 1)))
                .isEmpty();
    }

    @Test
    void tokensAreLongRandomAndUrlSafe() throws Exception {
        String a = Tokens.next();
        String b = Tokens.next();
        assertThat(a).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(b);
        assertThat(Tokens.BYTES * 8).isGreaterThanOrEqualTo(128);
        var field = Tokens.class.getDeclaredField("random");
        field.setAccessible(true);
        assertThat(field.get(null)).isInstanceOf(java.security.SecureRandom.class);
        assertThat(Tokens.wellFormed(a)).isTrue();
        assertThat(Tokens.wellFormed("1")).isFalse();
        assertThat(Tokens.wellFormed(a + "'; drop table assessment; --")).isFalse();
    }
}
