package org.careerpath.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A mentor's answers, given through an invitation against one revision of the assessment. */
@Entity
@Table(name = "mentor_opinion")
final class OpinionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long invitationId;
    private int revisionNumber;
    private OffsetDateTime createdAt;

    @ElementCollection
    @CollectionTable(name = "mentor_rating", joinColumns = @JoinColumn(name = "opinion_id"))
    private List<MentorAnswerEntry> answers = new ArrayList<>();

    protected OpinionRow() {}

    OpinionRow(long invitationId, int revisionNumber, OffsetDateTime createdAt, List<MentorAnswer> answers) {
        this.invitationId = invitationId;
        this.revisionNumber = revisionNumber;
        this.createdAt = createdAt;
        answers.forEach(a -> this.answers.add(new MentorAnswerEntry(a.dimensionId(), a.rating(), a.comment())));
    }

    long getInvitationId() {
        return invitationId;
    }

    OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    int getRevisionNumber() {
        return revisionNumber;
    }

    List<MentorAnswer> answers() {
        return answers.stream().map(MentorAnswerEntry::toAnswer).toList();
    }
}
