package org.careerpath.skills;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** What a given proficiency in a given skill looks like in practice. */
@Entity
@Table(name = "skill_descriptor")
@IdClass(DescriptorRow.Key.class)
class DescriptorRow {

    record Key(Long skillId, Short proficiency) implements Serializable {}

    @Id
    private Long skillId;

    @Id
    private Short proficiency;

    private String description;

    protected DescriptorRow() {}

    Long getSkillId() {
        return skillId;
    }

    Short getProficiency() {
        return proficiency;
    }

    String getDescription() {
        return description;
    }
}
