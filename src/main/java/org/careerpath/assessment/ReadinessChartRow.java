package org.careerpath.assessment;

/** One category of the ratings chart: your average and the target's, as bar widths on the category's scale. */
record ReadinessChartRow(String name, int y, int yours, int target, String yoursText, String targetText) {

    /** Where the value label goes: just right of the longer bar. */
    public int labelX() {
        return 226 + Math.max(yours, target);
    }

    /** A zero rating still shows a hairline so the row does not look missing. */
    public int yoursWidth() {
        return yours == 0 ? 1 : yours;
    }
}
