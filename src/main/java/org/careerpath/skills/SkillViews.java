package org.careerpath.skills;

import java.util.List;

/** Read models of the skills feature, for its own pages and for other features. */
public final class SkillViews {

    private SkillViews() {}

    /** A point of the 0-4 scale: 0 none, 1 aware, 2 working, 3 practitioner, 4 expert. */
    public record Proficiency(int value, String name, String description) {}

    public record Skill(
            long id,
            String slug,
            String name,
            String categorySlug,
            String categoryName,
            String description,
            String whyItMatters,
            String growthAdvice) {}

    public record Category(String slug, String name, String description, boolean pillar, List<Skill> skills) {}

    /** What one skill looks like at one proficiency. */
    public record Descriptor(int proficiency, String proficiencyName, String description) {}

    public record SkillDetail(Skill skill, List<Descriptor> descriptors) {}

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
            String descriptor) {}

    /** A category's skills with their expectations at one level. */
    public record CategoryExpectations(String slug, String name, List<Expectation> expectations) {}
}
