package org.careerpath.web;

/** A client went past a rate limit: 429, and how many seconds to wait. */
public class TooManyRequestsException extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(String limit, long retryAfterSeconds) {
        super("rate limit " + limit + " reached");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
