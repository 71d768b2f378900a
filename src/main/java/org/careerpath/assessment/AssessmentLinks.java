package org.careerpath.assessment;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * How the page was reached, and so what it may offer: the owner's link can change the assessment; the
 * read-only link can only view and print it.
 *
 * @param base the address of the results page through this link
 * @param sharePath the read-only link's address, shown to the owner only (null otherwise)
 * @param origin scheme, host and port the page was reached on, to show links in full for copying
 */
record AssessmentLinks(boolean owner, String base, String sharePath, String origin) {

    static AssessmentLinks owner(String ownerToken) {
        return new AssessmentLinks(
                true, "/assessment/" + ownerToken, "/assessment/shared/" + Tokens.share(ownerToken), currentOrigin());
    }

    static AssessmentLinks shared(String shareToken) {
        return new AssessmentLinks(false, "/assessment/shared/" + shareToken, null, currentOrigin());
    }

    /** The address a path has when copied out of the page. */
    public String full(String path) {
        return origin + path;
    }

    private static String currentOrigin() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    public String report() {
        return base + "/report";
    }

    public String history() {
        return base + "/history";
    }
}
