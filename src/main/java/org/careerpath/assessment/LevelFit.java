package org.careerpath.assessment;

/** How a person's ratings fit one level. */
record LevelFit(long levelId, int met, int total, int largestShortfall) {

    public boolean qualifies() {
        return total > 0
                && met * Scoring.SHARE_DENOMINATOR >= total * Scoring.SHARE_NUMERATOR
                && largestShortfall <= Scoring.MAX_SHORTFALL;
    }

    public int percent() {
        return total == 0 ? 0 : Math.round(met * 100f / total);
    }
}
