package org.careerpath.skills;

/** A point of the 0-4 scale: 0 none, 1 aware, 2 working, 3 practitioner, 4 expert. */
public record Proficiency(int value, String name, String description) {}
