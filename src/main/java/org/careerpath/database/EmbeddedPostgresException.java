package org.careerpath.database;

/** The embedded server could not start; the message says why and the action says what to do. */
public class EmbeddedPostgresException extends RuntimeException {

    private final String action;

    EmbeddedPostgresException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
