package org.careerpath.web;

/** A request the portal will not carry out, with the form field it concerns and a message for it. */
public class Refused extends RuntimeException {

    private final String field;

    public Refused(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the message belongs next to. */
    public String field() {
        return field;
    }
}
