package org.careerpath.assessment;

/**
 * One dimension in a mentor's opinion.
 *
 * @param rating the step the mentor sees, or null for "not sure"
 * @param comment what the mentor wrote about it, or null
 */
record MentorAnswer(long dimensionId, Integer rating, String comment) {}
