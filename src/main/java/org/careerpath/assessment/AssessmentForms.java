package org.careerpath.assessment;

import jakarta.servlet.http.HttpServletRequest;
import org.careerpath.levels.Level;
import org.careerpath.skills.CareerModel;
import org.springframework.ui.Model;

/** What the new and the update form share: reading a submission and filling the form's model. */
final class AssessmentForms {

    private AssessmentForms() {}

    static Submission parse(HttpServletRequest request, CareerModel skills) {
        return Submission.parse(
                request.getParameterMap(),
                skills.dimensions(),
                skills.ladder().levels().stream().map(Level::slug).toList());
    }

    static String show(Model model, CareerModel skills, Submission submission, String action, boolean update) {
        model.addAttribute("form", submission);
        model.addAttribute("action", action);
        model.addAttribute("update", update);
        model.addAttribute("catalogue", skills.categories());
        model.addAttribute("steps", skills.steps());
        model.addAttribute("tracks", skills.ladder().tracks());
        return "assessment/form";
    }
}
