package org.careerpath.skills;

/** What one skill looks like at one proficiency. */
public record Descriptor(int proficiency, String proficiencyName, String description) {}
