package org.careerpath.skills;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;

/** What someone does to make one step of one dimension. */
@Entity
@Table(name = "skill_step_advice")
@IdClass(StepAdviceRow.Key.class)
final class StepAdviceRow {

    record Key(Long skillId, Short step) implements Serializable {}

    @Id
    private Long skillId;

    @Id
    private Short step;

    private String work;
    private String artefact;
    private String evidence;

    @Version
    private long version;

    protected StepAdviceRow() {}

    Long getSkillId() {
        return skillId;
    }

    StepAdvice toAdvice() {
        return new StepAdvice(step, work, artefact, evidence);
    }
}
