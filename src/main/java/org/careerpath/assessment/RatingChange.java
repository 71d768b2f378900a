package org.careerpath.assessment;

/** A skill whose rating changed since the previous revision. */
record RatingChange(String slug, String name, int before, int after) {

    public boolean rose() {
        return after > before;
    }
}
