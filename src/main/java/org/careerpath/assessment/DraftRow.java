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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A half-finished assessment behind its own link (only the link's hash is kept). */
@Entity
@Table(name = "assessment_draft")
final class DraftRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private byte[] tokenHash;
    private Long targetLevelId;
    private String label;
    private BigDecimal yearsExperience;

    @Column(insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    private OffsetDateTime updatedAt;

    /** The dimensions answered so far: a step, or null for "not sure". */
    @ElementCollection
    @CollectionTable(name = "assessment_draft_answer", joinColumns = @JoinColumn(name = "draft_id"))
    private List<RatingEntry> answers = new ArrayList<>();

    protected DraftRow() {}

    DraftRow(String token) {
        this.tokenHash = Tokens.hash(token);
    }

    Long getId() {
        return id;
    }

    Long getTargetLevelId() {
        return targetLevelId;
    }

    String getLabel() {
        return label;
    }

    BigDecimal getYearsExperience() {
        return yearsExperience;
    }

    OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    List<RatingEntry> getAnswers() {
        return answers;
    }

    void save(
            Long targetLevelId,
            String label,
            BigDecimal yearsExperience,
            List<RatingEntry> answers,
            OffsetDateTime now) {
        this.targetLevelId = targetLevelId;
        this.label = label == null || label.isBlank() ? null : label;
        this.yearsExperience = yearsExperience;
        this.answers.clear();
        this.answers.addAll(answers);
        this.updatedAt = now;
    }
}
