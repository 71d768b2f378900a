package org.careerpath.api;

import java.util.Locale;

/** What every part of the API shares: its address, its headers and how it quotes what a client sent. */
final class Api {

    static final String BASE = "/api/v1";

    /** The content version a response was made from, on every API response. */
    static final String CONTENT_VERSION = "CareerPath-Content-Version";

    /** Where the kinds of problem are explained, one anchor each. */
    static final String PROBLEMS = "/api#problem-";

    static final int MAX_TEXT = 200;

    private Api() {}

    static boolean isApi(String path) {
        return path.equals(BASE) || path.startsWith(BASE + "/");
    }

    /** A client's value, safe to quote in a message: without control characters and at most 40 characters. */
    static String shorten(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }

    /** A slug-like value: lower case, one word with hyphens; anything else is a bad parameter. */
    static String slug(String parameter, String value) {
        String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (text.length() > MAX_TEXT || !text.matches("[a-z0-9][a-z0-9-]*")) {
            throw ApiProblem.badParameter(
                    parameter,
                    parameter + " must be a slug (lower-case letters, digits and hyphens); it was “"
                            + shorten(value == null ? "" : value) + "”.");
        }
        return text;
    }
}
