package org.careerpath.assessment;

/**
 * A dimension whose answer changed between two revisions.
 *
 * @param before the step before, or null when it was "not sure" or not answered
 * @param beforeText "2", "not sure" or "not rated"
 */
record RatingChange(String slug, String name, Integer before, String beforeText, Integer after, String afterText) {

    static RatingChange between(String slug, String name, Revision was, Revision now, long dimensionId) {
        Integer before = was.ratings().get(dimensionId);
        Integer after = now.ratings().get(dimensionId);
        return new RatingChange(slug, name, before, text(was, dimensionId), after, text(now, dimensionId));
    }

    /** Whether the answer differs at all between the two revisions. */
    static boolean differs(Revision was, Revision now, long dimensionId) {
        return !text(was, dimensionId).equals(text(now, dimensionId));
    }

    private static String text(Revision revision, long dimensionId) {
        Integer rating = revision.ratings().get(dimensionId);
        if (rating != null) {
            return rating.toString();
        }
        return revision.unsure().contains(dimensionId) ? "not sure" : "not rated";
    }

    public boolean rose() {
        return before != null && after != null && after > before;
    }

    public boolean fell() {
        return before != null && after != null && after < before;
    }

    public String text() {
        return beforeText + " \u2192 " + afterText;
    }
}
