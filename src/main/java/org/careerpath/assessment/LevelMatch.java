package org.careerpath.assessment;

import java.util.Set;

/**
 * How a person's ratings compare with one level's expectations. Dimensions not rated (left unsure, or added
 * after the assessment was taken) count as neither met nor missed.
 *
 * @param expected dimensions the level expects something of
 * @param rated of those, how many the person rated
 * @param met of those rated, how many meet the expectation
 * @param largestShortfall the most steps any rated dimension is below its expectation
 * @param defining the level's defining dimensions (what it expects more of than the level below)
 * @param definingRated how many defining dimensions the person rated
 * @param definingMet how many rated defining dimensions meet the expectation
 */
record LevelMatch(
        long levelId,
        int expected,
        int rated,
        int met,
        int largestShortfall,
        Set<Long> defining,
        int definingRated,
        int definingMet) {

    /** Whether enough was rated to judge the level: half of its dimensions and half of its defining ones. */
    public boolean enoughAnswers() {
        return rated * 2 >= expected && definingRated * 2 >= defining.size() && rated > 0;
    }

    /**
     * The rule: every rated defining dimension met, at least 80% of the rated dimensions met, none more
     * than one step below, and enough answered to judge.
     */
    public boolean matches() {
        return enoughAnswers()
                && definingMet == definingRated
                && met * Scoring.SHARE_DENOMINATOR >= rated * Scoring.SHARE_NUMERATOR
                && largestShortfall <= Scoring.MAX_SHORTFALL;
    }

    /** Share of rated dimensions met, in per cent. */
    public int percent() {
        return rated == 0 ? 0 : Math.round(met * 100f / rated);
    }

    public int definingPercent() {
        return definingRated == 0 ? 0 : Math.round(definingMet * 100f / definingRated);
    }
}
