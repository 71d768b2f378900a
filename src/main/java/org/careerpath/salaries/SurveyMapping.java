package org.careerpath.salaries;

/** How one family of titles at one of the survey's experience levels maps onto a portal level. */
public record SurveyMapping(String family, String experienceLevel, long levelId, String levelName) {

    public String familyName() {
        return familyName(family);
    }

    public String experienceLevelName() {
        return experienceLevelName(experienceLevel);
    }

    static String familyName(String family) {
        return switch (family) {
            case "ic" -> "ML engineering titles";
            case "manager" -> "Engineering manager titles";
            default -> "Director and head-of titles";
        };
    }

    static String experienceLevelName(String code) {
        return switch (code) {
            case "EN" -> "EN (entry)";
            case "MI" -> "MI (mid)";
            case "SE" -> "SE (senior)";
            default -> "EX (executive or director)";
        };
    }
}
