package org.careerpath.assessment;

import java.util.List;
import org.careerpath.certifications.Certification;
import org.careerpath.skills.Dimension;
import org.careerpath.skills.Expectation;
import org.careerpath.skills.Step;
import org.careerpath.skills.StepAdvice;

/**
 * A dimension rated below the target, with the step the person faces next and what to do about it.
 *
 * @param defining whether the target expects more of it than the estimated level does (it defines the step)
 * @param advice what to do to make the next step (from the rating to one above)
 * @param certifications active or retiring certifications that cover it; never retired ones
 * @param noLongerOffered retired certifications that used to cover it, for a "no longer offered" note only
 * @param focusReason why it is one of the three to focus on next, or null
 */
record DimensionGap(
        Dimension dimension,
        Expectation expected,
        Step rating,
        Step next,
        StepAdvice advice,
        boolean defining,
        List<Certification> certifications,
        List<Certification> noLongerOffered,
        boolean ticked,
        String focusReason) {

    public int size() {
        return expected.value() - rating.value();
    }

    public String slug() {
        return dimension.slug();
    }

    public boolean focus() {
        return focusReason != null;
    }

    DimensionGap withFocus(String reason) {
        return new DimensionGap(
                dimension, expected, rating, next, advice, defining, certifications, noLongerOffered, ticked, reason);
    }
}
