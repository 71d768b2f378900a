package org.careerpath.assessment;

/** One rating with the target's expectation, for the downloads. */
record RatedSkill(String slug, String name, String category, int rating, int expected) {

    public int gap() {
        return Math.max(0, expected - rating);
    }
}
