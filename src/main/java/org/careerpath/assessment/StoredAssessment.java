package org.careerpath.assessment;

import java.util.List;
import java.util.Set;

/**
 * An assessment with its latest revision, the one before (if any), the ticked gap dimensions, and the
 * latest opinion given through each of its invitations.
 */
record StoredAssessment(long id, Revision latest, Revision previous, Set<Long> ticked, List<MentorOpinion> opinions) {}
