package org.careerpath.skills;

import java.util.List;

/** A skill category with its skills in catalogue order. */
public record Category(String slug, String name, String description, boolean pillar, List<Skill> skills) {}
