package org.careerpath.pages;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.careerpath.skills.StepAdvice;

/** An editor's form for one step's advice: the work to take on, what to produce, what shows it was made. */
record AdviceEdit(
        @NotBlank(message = "Say what work to take on.") @Size(max = 2000, message = "At most 2,000 characters.")
        String work,

        @NotBlank(message = "Say what to produce.") @Size(max = 2000, message = "At most 2,000 characters.")
        String artefact,

        @NotBlank(message = "Say what evidence shows the step was made.")
        @Size(max = 2000, message = "At most 2,000 characters.")
        String evidence,

        @Size(max = 40, message = "Choose the dimension and step.")
        String place) {

    static AdviceEdit of(StepAdvice a) {
        return new AdviceEdit(a.work(), a.artefact(), a.evidence(), "");
    }

    AdviceEdit trimmed() {
        return new AdviceEdit(t(work), t(artefact), t(evidence), t(place));
    }

    /** For new advice: the dimension's id and the step, from the place chosen ("12-3"). */
    long placeDimension() {
        return Long.parseLong(place.substring(0, place.indexOf('-')));
    }

    int placeStep() {
        return Integer.parseInt(place.substring(place.indexOf('-') + 1));
    }

    StepAdvice at(int step) {
        return new StepAdvice(step, work, artefact, evidence);
    }

    private static String t(String value) {
        return value == null ? "" : value.strip();
    }
}
