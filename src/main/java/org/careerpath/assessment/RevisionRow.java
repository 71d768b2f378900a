package org.careerpath.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One saving of the assessment form: the target, the optional details and every answer. */
@Entity
@Table(name = "assessment_revision")
final class RevisionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long assessmentId;
    private int number;
    private Long targetLevelId;
    private String label;
    private BigDecimal yearsExperience;
    private OffsetDateTime createdAt;

    /** Every dimension answered: a step, or null for "not sure". */
    @ElementCollection
    @CollectionTable(name = "assessment_rating", joinColumns = @JoinColumn(name = "revision_id"))
    private List<RatingEntry> ratings = new ArrayList<>();

    protected RevisionRow() {}

    RevisionRow(long assessmentId, int number, Answers answers, OffsetDateTime createdAt) {
        this.assessmentId = assessmentId;
        this.number = number;
        this.targetLevelId = answers.targetLevelId();
        this.label = answers.label() == null || answers.label().isBlank() ? null : answers.label();
        this.yearsExperience = answers.yearsExperience();
        this.createdAt = createdAt;
        answers.ratings().forEach((skill, rating) -> ratings.add(new RatingEntry(skill, rating)));
        answers.unsure().forEach(skill -> ratings.add(new RatingEntry(skill, null)));
    }

    Revision toRevision() {
        Map<Long, Integer> values = new LinkedHashMap<>();
        Set<Long> unsure = new HashSet<>();
        for (RatingEntry entry : ratings) {
            if (entry.rating() == null) {
                unsure.add(entry.skillId());
            } else {
                values.put(entry.skillId(), entry.rating());
            }
        }
        return new Revision(
                id, number, targetLevelId, label, yearsExperience, createdAt, Map.copyOf(values), Set.copyOf(unsure));
    }
}
