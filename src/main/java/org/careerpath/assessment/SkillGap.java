package org.careerpath.assessment;

import java.util.List;
import org.careerpath.certifications.Certification;

/** A skill below the target, with what to do about it. */
record SkillGap(
        long skillId,
        String slug,
        String name,
        String category,
        int expected,
        String expectedName,
        int rating,
        String ratingName,
        String advice,
        List<Certification> certifications,
        boolean ticked) {

    public int size() {
        return expected - rating;
    }
}
