package org.careerpath.assessment;

import jakarta.servlet.http.HttpServletRequest;
import org.careerpath.levels.Level;
import org.careerpath.skills.CareerModel;
import org.springframework.ui.Model;

/** What the new, draft and update forms share: reading a submission and filling the form's model. */
final class AssessmentForms {

    /** Which form: a new assessment, a saved draft, or new answers for an existing assessment. */
    enum Mode {
        NEW,
        DRAFT,
        UPDATE
    }

    private AssessmentForms() {}

    static Submission parse(HttpServletRequest request, CareerModel skills, boolean complete) {
        return Submission.parse(
                request.getParameterMap(),
                skills.dimensions(),
                skills.ladder().levels().stream()
                        .filter(l -> !l.retired())
                        .map(Level::slug)
                        .toList(),
                complete);
    }

    static String show(Model model, CareerModel skills, Submission submission, String action, Mode mode) {
        model.addAttribute("form", submission);
        model.addAttribute("action", action);
        model.addAttribute("update", mode == Mode.UPDATE);
        model.addAttribute("mode", mode.name());
        model.addAttribute("draftDays", Drafts.KEPT_FOR.toDays());
        model.addAttribute("catalogue", skills.categories());
        model.addAttribute("steps", skills.steps());
        // a retired level is no longer offered as a target
        model.addAttribute(
                "tracks",
                skills.ladder().tracks().stream()
                        .map(t -> new org.careerpath.levels.Track(
                                t.id(),
                                t.slug(),
                                t.name(),
                                t.description(),
                                t.branchesFromLevelSlug(),
                                t.levels().stream().filter(l -> !l.retired()).toList()))
                        .toList());
        return "assessment/form";
    }
}
