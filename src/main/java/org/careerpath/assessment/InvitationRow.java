package org.careerpath.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An invitation for a mentor or manager to give a second opinion. Its link is derived from the owner's link
 * and the nonce; only the link's hash is kept.
 */
@Entity
@Table(name = "mentor_invitation")
final class InvitationRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long assessmentId;
    private byte[] nonce;
    private byte[] tokenHash;
    private String mentorName;

    @Column(insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    private OffsetDateTime revokedAt;

    protected InvitationRow() {}

    InvitationRow(long assessmentId, String ownerToken, String mentorName) {
        this.assessmentId = assessmentId;
        this.nonce = Tokens.nonce();
        this.tokenHash = Tokens.hash(Tokens.invitation(ownerToken, nonce));
        this.mentorName = mentorName;
    }

    /** An invitation brought in with an imported file: its link was never given out, so it starts revoked. */
    static InvitationRow imported(long assessmentId, String mentorName, OffsetDateTime now) {
        InvitationRow row = new InvitationRow(assessmentId, Tokens.next(), mentorName);
        row.revokedAt = now;
        return row;
    }

    Long getId() {
        return id;
    }

    long getAssessmentId() {
        return assessmentId;
    }

    String getMentorName() {
        return mentorName;
    }

    OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    boolean revoked() {
        return revokedAt != null;
    }

    void revoke(OffsetDateTime when) {
        if (revokedAt == null) {
            revokedAt = when;
        }
    }

    /** The link, worked out again from the owner's link. */
    String token(String ownerToken) {
        return Tokens.invitation(ownerToken, nonce);
    }

    Invitation toInvitation(String ownerToken) {
        return new Invitation(id, mentorName, createdAt, revokedAt, revoked() ? null : token(ownerToken));
    }
}
