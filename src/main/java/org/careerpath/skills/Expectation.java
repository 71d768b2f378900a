package org.careerpath.skills;

import org.careerpath.levels.Level;

/** What one level expects on one dimension: the step, its name, and the behaviour at that level. */
public record Expectation(
        long levelId,
        String levelSlug,
        String levelName,
        String levelShortName,
        String trackSlug,
        int rankInTrack,
        long dimensionId,
        String dimensionSlug,
        String dimensionName,
        String dimensionKind,
        String categorySlug,
        String categoryName,
        int value,
        String stepName,
        String statement) {

    public static Expectation of(Level level, Dimension dimension, Step step, String statement) {
        return new Expectation(
                level.id(),
                level.slug(),
                level.name(),
                level.shortName(),
                level.trackSlug(),
                level.rankInTrack(),
                dimension.id(),
                dimension.slug(),
                dimension.name(),
                dimension.kind(),
                dimension.categorySlug(),
                dimension.categoryName(),
                step.value(),
                step.name(),
                statement);
    }

    public String stepLabel() {
        return value + " · " + stepName;
    }
}
