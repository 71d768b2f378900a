package org.careerpath.web;

/** A request the portal will not carry out, with the form field it concerns and a message for it. */
public class Refused extends RuntimeException {

    private final String field;

    public Refused(String field, String message) {
        super(message);
        this.field = field;
    }

    /** Refuses with the first of these problems (field to message), if there is any. */
    public static void ifAny(java.util.Map<String, String> problems) {
        if (!problems.isEmpty()) {
            var problem = problems.entrySet().iterator().next();
            throw new Refused(problem.getKey(), problem.getValue());
        }
    }

    /** The form field the message belongs next to. */
    public String field() {
        return field;
    }
}
