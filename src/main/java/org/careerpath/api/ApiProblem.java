package org.careerpath.api;

import org.springframework.http.HttpStatus;

/**
 * A client's mistake on the API, answered as RFC 9457 problem details. Each kind has a stable type (an anchor
 * on the /api page that explains it) and, for a bad parameter, the parameter's name.
 */
class ApiProblem extends RuntimeException {

    /** The kinds of problem the API answers with, each with its status and title. */
    enum Kind {
        BAD_PARAMETER("bad-parameter", HttpStatus.BAD_REQUEST, "A parameter has a value the API cannot use"),
        UNKNOWN_PARAMETER("unknown-parameter", HttpStatus.BAD_REQUEST, "The API does not know this parameter"),
        BAD_HEADER("bad-header", HttpStatus.BAD_REQUEST, "A request header is malformed"),
        NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Nothing has this address"),
        METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "The API only reads"),
        NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "The API answers in JSON only"),
        TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "Too many requests from this address"),
        UNAVAILABLE("unavailable", HttpStatus.SERVICE_UNAVAILABLE, "The API is briefly unavailable");

        final String slug;
        final HttpStatus status;
        final String title;

        Kind(String slug, HttpStatus status, String title) {
            this.slug = slug;
            this.status = status;
            this.title = title;
        }
    }

    private final Kind kind;
    private final String parameter;

    ApiProblem(Kind kind, String detail, String parameter) {
        super(detail);
        this.kind = kind;
        this.parameter = parameter;
    }

    static ApiProblem badParameter(String parameter, String detail) {
        return new ApiProblem(Kind.BAD_PARAMETER, detail, parameter);
    }

    static ApiProblem notFound(String detail) {
        return new ApiProblem(Kind.NOT_FOUND, detail, null);
    }

    Kind kind() {
        return kind;
    }

    String parameter() {
        return parameter;
    }
}
