package org.careerpath.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

/** An assessment, reached only through its random token, with the checklist items ticked so far. */
@Entity
@Table(name = "assessment")
class AssessmentRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String token;

    @Column(insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** Skills whose checklist item is ticked. */
    @ElementCollection
    @CollectionTable(name = "checklist_tick", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "skill_id")
    private Set<Long> tickedSkillIds = new HashSet<>();

    protected AssessmentRow() {}

    AssessmentRow(String token) {
        this.token = token;
    }

    Long getId() {
        return id;
    }

    String getToken() {
        return token;
    }

    Set<Long> getTickedSkillIds() {
        return tickedSkillIds;
    }
}
