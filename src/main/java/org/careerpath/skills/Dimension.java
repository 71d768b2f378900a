package org.careerpath.skills;

import java.time.LocalDate;

/**
 * Something each level expects and the assessment rates: a technical skill (rated 0-4), an impact
 * dimension or a people-management dimension (rated 0-5, with steps that follow the levels).
 */
public record Dimension(
        long id,
        String slug,
        String name,
        String kind,
        int maxStep,
        String categorySlug,
        String categoryName,
        String description,
        String whyItMatters,
        LocalDate retiredAt) {

    public static final String TECHNICAL = "technical";
    public static final String IMPACT = "impact";
    public static final String PEOPLE = "people";

    public boolean technical() {
        return TECHNICAL.equals(kind);
    }

    public boolean impact() {
        return IMPACT.equals(kind);
    }

    public boolean people() {
        return PEOPLE.equals(kind);
    }

    public boolean retired() {
        return retiredAt != null;
    }

    public String kindLabel() {
        return switch (kind) {
            case IMPACT -> "Impact dimension";
            case PEOPLE -> "People-management dimension";
            default -> "Technical skill";
        };
    }
}
