package org.careerpath.skills;

/** A skill with its category. */
public record Skill(
        long id,
        String slug,
        String name,
        String categorySlug,
        String categoryName,
        String description,
        String whyItMatters,
        String growthAdvice) {}
