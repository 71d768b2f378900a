package org.careerpath.assessment;

import jakarta.persistence.Embeddable;

/** One answer of a revision or a draft: a step, or null for "not sure". */
@Embeddable
class RatingEntry {

    private Long skillId;

    private Short rating;

    protected RatingEntry() {}

    RatingEntry(long skillId, Integer rating) {
        this.skillId = skillId;
        this.rating = rating == null ? null : rating.shortValue();
    }

    long skillId() {
        return skillId;
    }

    /** The step, or null when the answer was "not sure". */
    Integer rating() {
        return rating == null ? null : rating.intValue();
    }
}
