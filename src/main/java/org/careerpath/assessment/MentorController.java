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

/**
 * A mentor's or manager's second opinion through an invitation link, with no account: they rate the same
 * dimensions and may comment on each. They see what the person is aiming for and their own answers; never
 * the person's ratings, label or other links. A revoked or unknown link is a 404.
 */
@Controller
class MentorController {

    private final Mentors mentors;
    private final SkillCatalogue skills;

    MentorController(Mentors mentors, SkillCatalogue skills) {
        this.mentors = mentors;
        this.skills = skills;
    }

    @GetMapping("/assessment/invited/{token}")
    String showForm(@PathVariable String token, @RequestParam(required = false) String sent, Model model) {
        CareerModel model0 = skills.load();
        Mentors.Invited invited = invited(token);
        model.addAttribute("sent", sent != null);
        return form(token, invited, MentorSubmission.of(invited.previous(), model0.dimensions()), model0, model);
    }

    @PostMapping("/assessment/invited/{token}")
    @RateLimited("submit")
    String submit(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        CareerModel model0 = skills.load();
        Mentors.Invited invited = invited(token);
        MentorSubmission submission = MentorSubmission.parse(request.getParameterMap(), model0.dimensions());
        if (!submission.valid()) {
            if (submission.tampered()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            model.addAttribute("sent", false);
            return form(token, invited, submission, model0, model);
        }
        if (!mentors.giveOpinion(invited, submission.toAnswers(model0.dimensions()))) {
            throw new UnknownLinkException("invitation");
        }
        return "redirect:/assessment/invited/" + token + "?sent=1";
    }

    private Mentors.Invited invited(String token) {
        return mentors.invited(token).orElseThrow(() -> new UnknownLinkException("invitation"));
    }

    private static String form(
            String token, Mentors.Invited invited, MentorSubmission submission, CareerModel model0, Model model) {
        model.addAttribute("invited", invited);
        model.addAttribute(
                "target", model0.ladder().byId(invited.targetLevelId()).orElseThrow());
        model.addAttribute("form", submission);
        model.addAttribute("action", "/assessment/invited/" + token);
        model.addAttribute("catalogue", model0.categories());
        model.addAttribute("steps", model0.steps());
        model.addAttribute("expected", model0.expectedByLevel().get(invited.targetLevelId()));
        model.addAttribute("statements", statements(model0, invited.targetLevelId()));
        model.addAttribute("commentMax", MentorSubmission.COMMENT_MAX);
        return "assessment/mentor";
    }

    private static java.util.Map<Long, String> statements(CareerModel model, long levelId) {
        java.util.Map<Long, String> statements = new java.util.HashMap<>();
        model.dimensions()
                .forEach(d -> model.expectation(levelId, d.id()).ifPresent(e -> statements.put(d.id(), e.statement())));
        return statements;
    }
}
