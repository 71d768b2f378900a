package org.careerpath.skills;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;

/** The step a level expects on a dimension, and the behaviour that goes with it at that level. */
@Entity
@Table(name = "skill_expectation")
@IdClass(ExpectationRow.Key.class)
final class ExpectationRow {

    record Key(Long levelId, Long skillId) implements Serializable {}

    @Id
    private Long levelId;

    @Id
    private Long skillId;

    private short proficiency;
    private String statement;

    @Version
    private long version;

    protected ExpectationRow() {}

    String getStatement() {
        return statement;
    }

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
