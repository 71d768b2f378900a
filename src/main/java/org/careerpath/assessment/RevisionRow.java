package org.careerpath.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** One saving of the assessment form: the target, the optional details and every rating. */
@Entity
@Table(name = "assessment_revision")
class RevisionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long assessmentId;
    private int number;
    private Long targetLevelId;
    private String label;
    private BigDecimal yearsExperience;

    @Column(insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** Skill id to rating (0-4). */
    @ElementCollection
    @CollectionTable(name = "assessment_rating", joinColumns = @JoinColumn(name = "revision_id"))
    @MapKeyColumn(name = "skill_id")
    @Column(name = "rating")
    private Map<Long, Short> ratings = new LinkedHashMap<>();

    protected RevisionRow() {}

    RevisionRow(
            Long assessmentId,
            int number,
            Long targetLevelId,
            String label,
            BigDecimal yearsExperience,
            Map<Long, Integer> ratings) {
        this.assessmentId = assessmentId;
        this.number = number;
        this.targetLevelId = targetLevelId;
        this.label = label == null || label.isBlank() ? null : label;
        this.yearsExperience = yearsExperience;
        ratings.forEach((skill, rating) -> this.ratings.put(skill, rating.shortValue()));
    }

    Revision toRevision() {
        Map<Long, Integer> values = new LinkedHashMap<>();
        ratings.forEach((skill, rating) -> values.put(skill, (int) rating));
        return new Revision(id, number, targetLevelId, label, yearsExperience, createdAt, Map.copyOf(values));
    }
}
