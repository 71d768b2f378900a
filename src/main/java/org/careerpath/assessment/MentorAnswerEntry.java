package org.careerpath.assessment;

import jakarta.persistence.Embeddable;

/** One dimension as a mentor answered it: a step or null for "not sure", and an optional comment. */
@Embeddable
class MentorAnswerEntry {

    private Long skillId;
    private Short rating;
    private String comment;

    protected MentorAnswerEntry() {}

    MentorAnswerEntry(long skillId, Integer rating, String comment) {
        this.skillId = skillId;
        this.rating = rating == null ? null : rating.shortValue();
        this.comment = comment;
    }

    MentorAnswer toAnswer() {
        return new MentorAnswer(skillId, rating == null ? null : rating.intValue(), comment);
    }
}
