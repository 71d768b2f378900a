package org.careerpath.skills;

/**
 * What someone does to make one step (from {@code step - 1} to {@code step}): the kind of work to take on,
 * the artefact to produce and the evidence that shows the step was made.
 */
public record StepAdvice(int step, String work, String artefact, String evidence) {

    /** "2 → 3". */
    public String stepText() {
        return (step - 1) + " \u2192 " + step;
    }
}
