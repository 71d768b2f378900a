package org.careerpath.guides;

import java.util.List;

/** The interview questions of one kind (ML system design, technical deep dives, ...). */
public record InterviewGroup(String kind, String heading, List<GuideEntry> questions) {

    /** The kinds in the order the guide shows them, with their headings. */
    static final List<String> KINDS =
            List.of("ml-system-design", "technical-deep-dive", "leadership-behaviour", "coding");

    static String heading(String kind) {
        return switch (kind) {
            case "ml-system-design" -> "ML system design";
            case "technical-deep-dive" -> "Technical deep dives";
            case "leadership-behaviour" -> "Leadership and behaviour";
            default -> "Coding";
        };
    }
}
