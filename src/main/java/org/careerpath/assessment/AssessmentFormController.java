package org.careerpath.assessment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.web.RateLimited;
import org.careerpath.web.UnknownLinkException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** The self-assessment form: a new assessment, or a draft saved part of the way and resumed later. */
@Controller
class AssessmentFormController {

    private final AssessmentService assessments;
    private final Drafts drafts;
    private final SkillCatalogue skills;

    AssessmentFormController(AssessmentService assessments, Drafts drafts, SkillCatalogue skills) {
        this.assessments = assessments;
        this.drafts = drafts;
        this.skills = skills;
    }

    @GetMapping("/assessment")
    String showAssessmentForm(@RequestParam(required = false) String deleted, Model model) {
        model.addAttribute("deleted", deleted != null);
        return AssessmentForms.show(model, skills.load(), Submission.empty(), "/assessment", AssessmentForms.Mode.NEW);
    }

    /** "See my results" stores a complete form as an assessment; "Save as a draft" keeps it part of the way. */
    @PostMapping("/assessment")
    @RateLimited("submit")
    ModelAndView submitAssessment(HttpServletRequest request, HttpServletResponse response, Model model) {
        CareerModel model0 = skills.load();
        boolean draft = Submission.wantsDraft(request.getParameterMap());
        Submission submission = AssessmentForms.parse(request, model0, !draft);
        if (!submission.valid()) {
            return invalid(submission, "/assessment", AssessmentForms.Mode.NEW, response, model, model0);
        }
        if (draft) {
            return redirect("/assessment/draft/" + drafts.create(submission, model0) + "?saved=1");
        }
        return redirect("/assessment/" + assessments.create(submission.toAnswers(model0)));
    }

    @GetMapping("/assessment/draft/{token}")
    String showDraft(@PathVariable String token, @RequestParam(required = false) String saved, Model model) {
        CareerModel model0 = skills.load();
        Drafts.Draft draft = drafts.find(token, model0).orElseThrow(() -> new UnknownLinkException("draft"));
        model.addAttribute("draft", draft);
        model.addAttribute("justSaved", saved != null);
        return AssessmentForms.show(
                model, model0, draft.form(), "/assessment/draft/" + token, AssessmentForms.Mode.DRAFT);
    }

    @PostMapping("/assessment/draft/{token}")
    @RateLimited("submit")
    ModelAndView submitDraft(
            @PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        CareerModel model0 = skills.load();
        Drafts.Draft existing = drafts.find(token, model0).orElseThrow(() -> new UnknownLinkException("draft"));
        boolean draft = Submission.wantsDraft(request.getParameterMap());
        Submission submission = AssessmentForms.parse(request, model0, !draft);
        if (!submission.valid()) {
            model.addAttribute("draft", existing);
            model.addAttribute("justSaved", false);
            return invalid(
                    submission, "/assessment/draft/" + token, AssessmentForms.Mode.DRAFT, response, model, model0);
        }
        if (draft) {
            if (!drafts.update(token, submission, model0)) {
                throw new UnknownLinkException("draft");
            }
            return redirect("/assessment/draft/" + token + "?saved=1");
        }
        return redirect("/assessment/"
                + drafts.finish(token, submission, model0).orElseThrow(() -> new UnknownLinkException("draft")));
    }

    /**
     * Post/redirect/get to a personal address. A view rather than a "redirect:" name: each such name is
     * new (it holds the visitor's link), so the view resolvers would make, initialise and cache a view for
     * every submit (measured: a twentieth of a submit's time in the JVM), and keep the links in memory.
     */
    private static ModelAndView redirect(String url) {
        return new ModelAndView(new RedirectView(url, true));
    }

    private static ModelAndView invalid(
            Submission submission,
            String action,
            AssessmentForms.Mode mode,
            HttpServletResponse response,
            Model model,
            CareerModel model0) {
        if (submission.tampered()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return new ModelAndView(AssessmentForms.show(model, model0, submission, action, mode));
    }
}
