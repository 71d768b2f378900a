package org.careerpath.assessment;

import jakarta.servlet.http.HttpServletRequest;
import org.careerpath.levels.Level;
import org.careerpath.skills.Skills;
import org.springframework.ui.Model;

/** What the new and the update form share: reading a submission and filling the form's model. */
final class AssessmentForms {

    private AssessmentForms() {}

    static Submission parse(HttpServletRequest request, Skills skills) {
        return Submission.parse(
                request.getParameterMap(),
                skills.all(),
                skills.ladder().levels().stream().map(Level::slug).toList());
    }

    static String show(Model model, Skills skills, Submission submission, String action, boolean update) {
        model.addAttribute("form", submission);
        model.addAttribute("action", action);
        model.addAttribute("update", update);
        model.addAttribute("catalogue", skills.categories());
        model.addAttribute("descriptors", skills.descriptorsBySlug());
        model.addAttribute("scale", skills.scale());
        model.addAttribute("tracks", skills.ladder().tracks());
        return "assessment/form";
    }
}
