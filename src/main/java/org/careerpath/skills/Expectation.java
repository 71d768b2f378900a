package org.careerpath.skills;

import org.careerpath.levels.Level;

/** One skill's expectation at one level, with the words for that proficiency. */
public record Expectation(
        long levelId,
        String levelSlug,
        String levelName,
        String levelShortName,
        String trackSlug,
        int rankInTrack,
        long skillId,
        String skillSlug,
        String skillName,
        String categorySlug,
        String categoryName,
        int proficiency,
        String proficiencyName,
        String descriptor) {

    /** The expectation of a skill at a level, with the proficiency's name and the words for it. */
    public static Expectation of(Level level, Skill skill, int proficiency, String proficiencyName, String descriptor) {
        return new Expectation(
                level.id(),
                level.slug(),
                level.name(),
                level.shortName(),
                level.trackSlug(),
                level.rankInTrack(),
                skill.id(),
                skill.slug(),
                skill.name(),
                skill.categorySlug(),
                skill.categoryName(),
                proficiency,
                proficiencyName,
                descriptor);
    }
}
