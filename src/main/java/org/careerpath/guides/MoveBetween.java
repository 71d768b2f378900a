package org.careerpath.guides;

/** A move between two roles, for the moves diagram and list. */
public record MoveBetween(String fromSlug, String fromTitle, String toSlug, String toTitle, String kind, String note) {

    public String kindLabel() {
        return "next".equals(kind) ? "next role" : "lateral move";
    }
}
