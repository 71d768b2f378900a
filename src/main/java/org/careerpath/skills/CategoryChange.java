package org.careerpath.skills;

/** How many skills of a category rise, fall or stay between two levels. */
public record CategoryChange(String slug, String name, int rising, int falling, int unchanged) {}
