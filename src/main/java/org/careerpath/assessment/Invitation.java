package org.careerpath.assessment;

import java.time.OffsetDateTime;

/**
 * An invitation as the owner sees it.
 *
 * @param token the link's token, or null once revoked
 */
record Invitation(long id, String mentorName, OffsetDateTime createdAt, OffsetDateTime revokedAt, String token) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public String name() {
        return mentorName == null ? "Unnamed mentor" : mentorName;
    }
}
