package org.careerpath.skills;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The proficiency a level expects in a skill. */
@Entity
@Table(name = "skill_expectation")
@IdClass(ExpectationRow.Key.class)
class ExpectationRow {

    record Key(Long levelId, Long skillId) implements Serializable {}

    @Id
    private Long levelId;

    @Id
    private Long skillId;

    private short proficiency;

    protected ExpectationRow() {}

    Long getLevelId() {
        return levelId;
    }

    Long getSkillId() {
        return skillId;
    }

    short getProficiency() {
        return proficiency;
    }
}
