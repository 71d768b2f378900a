package org.careerpath.skills;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;

/** What one step of one dimension looks like in practice, with a short name for impact and people steps. */
@Entity
@Table(name = "skill_descriptor")
@IdClass(DescriptorRow.Key.class)
final class DescriptorRow {

    record Key(Long skillId, Short proficiency) implements Serializable {}

    @Id
    private Long skillId;

    @Id
    private Short proficiency;

    private String name;
    private String description;

    @Version
    private long version;

    protected DescriptorRow() {}

    String getName() {
        return name;
    }

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
