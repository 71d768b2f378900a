package org.careerpath.assessment;

/**
 * How the page was reached, and so what it may offer: the owner's link can change the assessment; the
 * read-only link can only view and print it.
 *
 * @param base the address of the results page through this link
 * @param sharePath the read-only link's address, shown to the owner only (null otherwise)
 * @param origin the portal's public address, to show links in full for copying
 */
record AssessmentLinks(boolean owner, String base, String sharePath, String origin) {

    static AssessmentLinks owner(String ownerToken, String origin) {
        return new AssessmentLinks(
                true, "/assessment/" + ownerToken, "/assessment/shared/" + Tokens.share(ownerToken), origin);
    }

    static AssessmentLinks shared(String shareToken, String origin) {
        return new AssessmentLinks(false, "/assessment/shared/" + shareToken, null, origin);
    }

    /** The address a path has when copied out of the page. */
    public String full(String path) {
        return origin + path;
    }

    public String report() {
        return base + "/report";
    }

    public String history() {
        return base + "/history";
    }
}
