package org.careerpath.assessment;

/** A dimension whose rating changed since the previous revision (null: not rated then or now). */
record RatingChange(String slug, String name, Integer before, Integer after) {

    public boolean rose() {
        return before != null && after != null && after > before;
    }

    public String text() {
        return (before == null ? "not rated" : before.toString()) + " \u2192 "
                + (after == null ? "not rated" : after.toString());
    }
}
