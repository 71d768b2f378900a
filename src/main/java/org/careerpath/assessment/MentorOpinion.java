package org.careerpath.assessment;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The latest opinion given through one invitation.
 *
 * @param revisionNumber the revision of the assessment the mentor was shown
 * @param revoked whether the owner has since revoked the invitation (the opinion stays theirs to read)
 * @param answers dimension id to the mentor's answer
 */
record MentorOpinion(
        long invitationId,
        String mentorName,
        OffsetDateTime givenAt,
        int revisionNumber,
        boolean revoked,
        Map<Long, MentorAnswer> answers) {

    public String name() {
        return mentorName == null ? "Your mentor" : mentorName;
    }
}
