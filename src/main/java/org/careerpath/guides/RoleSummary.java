package org.careerpath.guides;

/** A role (job title at a level) as other features and templates see it. */
public record RoleSummary(
        long id,
        String slug,
        String title,
        long levelId,
        boolean onLadder,
        String summary,
        String socCode,
        String socTitle) {}
