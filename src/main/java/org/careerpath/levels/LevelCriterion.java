package org.careerpath.levels;

import java.util.List;

/** How people at a level are judged on one criterion (scope, independence, ...). */
public record LevelCriterion(String criterion, String expectation) {

    /** The five criteria in the order pages show them. */
    static final List<String> ORDER =
            List.of("scope", "independence", "technical-leadership", "growing-others", "business-awareness");

    public String label() {
        return switch (criterion) {
            case "scope" -> "Scope of impact";
            case "independence" -> "Independence";
            case "technical-leadership" -> "Technical leadership";
            case "growing-others" -> "Growing others";
            default -> "Business awareness";
        };
    }
}
