package org.careerpath.assessment;

import java.util.Set;

/** An assessment with its latest revision, the one before (if any), and the ticked gap skills. */
record StoredAssessment(long id, String token, Revision latest, Revision previous, Set<Long> ticked) {}
