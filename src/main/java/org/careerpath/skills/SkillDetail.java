package org.careerpath.skills;

import java.util.List;

/** A skill with what each proficiency looks like. */
public record SkillDetail(Skill skill, List<Descriptor> descriptors) {}
