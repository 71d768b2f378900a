package org.careerpath.assessment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.SkillCatalogue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The self-assessment form: a new assessment. */
@Controller
class AssessmentFormController {

    private final AssessmentService assessments;
    private final SkillCatalogue skills;

    AssessmentFormController(AssessmentService assessments, SkillCatalogue skills) {
        this.assessments = assessments;
        this.skills = skills;
    }

    @GetMapping("/assessment")
    String showAssessmentForm(@RequestParam(required = false) String deleted, Model model) {
        model.addAttribute("deleted", deleted != null);
        return AssessmentForms.show(model, skills.load(), Submission.empty(), "/assessment", false);
    }

    @PostMapping("/assessment")
    String submitAssessment(HttpServletRequest request, HttpServletResponse response, Model model) {
        CareerModel model0 = skills.load();
        Submission submission = AssessmentForms.parse(request, model0);
        if (!submission.valid()) {
            if (submission.tampered()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            return AssessmentForms.show(model, model0, submission, "/assessment", false);
        }
        return "redirect:/assessment/" + assessments.create(submission, model0);
    }
}
