package org.careerpath.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Second opinions: the owner invites a mentor or manager through a link; the mentor rates the same
 * dimensions through it, with a comment where they like; the owner can revoke the link.
 */
@Service
class Mentors {

    static final int NAME_MAX = 120;

    private final InvitationRepository invitations;
    private final OpinionRepository opinions;
    private final RevisionRepository revisions;

    Mentors(InvitationRepository invitations, OpinionRepository opinions, RevisionRepository revisions) {
        this.invitations = invitations;
        this.opinions = opinions;
        this.revisions = revisions;
    }

    /** The owner's invitations, oldest first, with the links of those not revoked. */
    @Transactional(readOnly = true)
    List<Invitation> invitations(StoredAssessment stored, String ownerToken) {
        return invitations.findByAssessmentIdOrderById(stored.id()).stream()
                .map(row -> row.toInvitation(ownerToken))
                .toList();
    }

    @Transactional
    Invitation invite(StoredAssessment stored, String ownerToken, String mentorName) {
        InvitationRow row = invitations.save(new InvitationRow(
                stored.id(), ownerToken, mentorName == null || mentorName.isBlank() ? null : mentorName.strip()));
        return row.toInvitation(ownerToken);
    }

    /** Revokes one of this assessment's invitations; false when it has no such invitation. */
    @Transactional
    boolean revoke(StoredAssessment stored, long invitationId) {
        Optional<InvitationRow> row = invitations.findByIdAndAssessmentId(invitationId, stored.id());
        row.ifPresent(r -> r.revoke(AssessmentService.now()));
        return row.isPresent();
    }

    /** What a mentor reaches through a live invitation link; empty for unknown or revoked links. */
    @Transactional(readOnly = true)
    Optional<Invited> invited(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return invitations.findByTokenHashAndRevokedAtIsNull(Tokens.hash(token)).map(row -> {
            Revision latest = revisions
                    .findByAssessmentIdAndNumberGreaterThanEqualOrderByNumberDesc(
                            row.getAssessmentId(), revisions.latestNumber(row.getAssessmentId()))
                    .get(0)
                    .toRevision();
            Map<Long, MentorAnswer> previous =
                    opinions.findByInvitationIdInOrderByCreatedAtDescIdDesc(List.of(row.getId())).stream()
                            .findFirst()
                            .map(o -> o.answers().stream()
                                    .collect(java.util.stream.Collectors.toMap(MentorAnswer::dimensionId, a -> a)))
                            .orElse(Map.of());
            return new Invited(row.getId(), row.getMentorName(), latest.targetLevelId(), latest.number(), previous);
        });
    }

    /**
     * Stores a mentor's answers as the invitation's latest opinion (earlier ones are kept); false, storing
     * nothing, when the invitation was revoked meanwhile.
     */
    @Transactional
    boolean giveOpinion(Invited invited, List<MentorAnswer> answers) {
        boolean live = invitations
                .findById(invited.invitationId())
                .filter(row -> !row.revoked())
                .isPresent();
        if (live) {
            opinions.save(
                    new OpinionRow(invited.invitationId(), invited.revisionNumber(), AssessmentService.now(), answers));
        }
        return live;
    }

    /**
     * What a mentor is shown: the target and the revision they rate against, and their own earlier answers;
     * never the owner's ratings, label or links.
     */
    record Invited(
            long invitationId,
            String mentorName,
            long targetLevelId,
            int revisionNumber,
            Map<Long, MentorAnswer> previous) {}
}
