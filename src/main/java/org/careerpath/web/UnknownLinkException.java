package org.careerpath.web;

/**
 * A private link (an assessment's, a read-only or a mentor's) that leads nowhere: a 404, and one token of
 * the {@code lookup} limit, so that guessing links runs into a 429 long before it could find one.
 */
public class UnknownLinkException extends NotFoundException {

    public UnknownLinkException(String what) {
        super(what);
    }
}
