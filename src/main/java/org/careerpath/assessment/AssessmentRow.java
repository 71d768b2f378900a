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

/**
 * An assessment, reached only through its links, with the checklist items ticked so far. The database
 * keeps only hashes of the owner's and the read-only link.
 */
@Entity
@Table(name = "assessment")
final class AssessmentRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private byte[] ownerTokenHash;

    private byte[] shareTokenHash;

    @Column(insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** Counted up by the database on every change to the assessment (see V18). */
    @Column(insertable = false, updatable = false)
    private long changes;

    /** Skills whose checklist item is ticked. */
    @ElementCollection
    @CollectionTable(name = "checklist_tick", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "skill_id")
    private Set<Long> tickedSkillIds = new HashSet<>();

    protected AssessmentRow() {}

    /** A new assessment behind an owner token, with its read-only link. */
    AssessmentRow(String ownerToken) {
        this.ownerTokenHash = Tokens.hash(ownerToken);
        this.shareTokenHash = Tokens.hash(Tokens.share(ownerToken));
    }

    Long getId() {
        return id;
    }

    boolean hasShareLink() {
        return shareTokenHash != null;
    }

    /** Assessments made before read-only links get theirs when the owner first opens them. */
    void giveShareLink(String ownerToken) {
        this.shareTokenHash = Tokens.hash(Tokens.share(ownerToken));
    }

    Set<Long> getTickedSkillIds() {
        return tickedSkillIds;
    }
}
