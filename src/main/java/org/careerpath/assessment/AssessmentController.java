package org.careerpath.assessment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.web.Csv;
import org.careerpath.web.NotFoundException;
import org.careerpath.web.PublicUrl;
import org.careerpath.web.RateLimited;
import org.careerpath.web.UnknownLinkException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One assessment through its owner's link: results, report, history, checklist ticks, new answers,
 * invitations, downloads and deletion. Every address here needs the owner's token; the read-only and
 * invitation links find nothing here.
 */
@Controller
class AssessmentController {

    private final PublicUrl publicUrl;

    private final AssessmentService assessments;
    private final Mentors mentors;
    private final AssessmentTransfer transfer;
    private final SkillCatalogue skills;

    AssessmentController(
            AssessmentService assessments,
            Mentors mentors,
            AssessmentTransfer transfer,
            SkillCatalogue skills,
            PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.assessments = assessments;
        this.mentors = mentors;
        this.transfer = transfer;
        this.skills = skills;
    }

    /** The assessment behind the URL's owner token, resolved once per request; an unknown token is a 404. */
    @ModelAttribute("stored")
    StoredAssessment stored(@PathVariable String token, Model model) {
        StoredAssessment stored =
                assessments.findByOwner(token).orElseThrow(() -> new UnknownLinkException("assessment"));
        model.addAttribute("links", AssessmentLinks.owner(token, publicUrl.base()));
        return stored;
    }

    @GetMapping("/assessment/{token}")
    String showResult(@ModelAttribute("stored") StoredAssessment stored, Model model) {
        model.addAttribute("r", assessments.result(stored));
        return "assessment/result";
    }

    /**
     * Nothing is posted to the results page itself; a token that is not an owner's link (such as the
     * read-only one) is a 404 here too, before the method is refused.
     */
    @RequestMapping(
            path = "/assessment/{token}",
            method = {RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE})
    ResponseEntity<Void> refuse(@ModelAttribute("stored") StoredAssessment stored) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .header(HttpHeaders.ALLOW, "GET, HEAD")
                .build();
    }

    @GetMapping("/assessment/{token}/report")
    String showReport(@ModelAttribute("stored") StoredAssessment stored, Model model) {
        model.addAttribute("r", assessments.result(stored));
        return "assessment/report";
    }

    @GetMapping("/assessment/{token}/history")
    String showHistory(@ModelAttribute("stored") StoredAssessment stored, Model model) {
        model.addAttribute("h", assessments.history(stored));
        return "assessment/history";
    }

    @PostMapping("/assessment/{token}/checklist/{skill}")
    @RateLimited("tick")
    String tick(
            @PathVariable String token,
            @ModelAttribute("stored") StoredAssessment stored,
            @PathVariable String skill,
            @RequestParam(defaultValue = "true") boolean done) {
        if (!assessments.tick(stored, skill, done)) {
            throw new NotFoundException("checklist item " + skill);
        }
        return "redirect:/assessment/" + token + "#item-" + skill;
    }

    @GetMapping("/assessment/{token}/edit")
    String showUpdateForm(@PathVariable String token, @ModelAttribute("stored") StoredAssessment stored, Model model) {
        CareerModel model0 = skills.load();
        return AssessmentForms.show(
                model,
                model0,
                Submission.of(stored.latest().answers(), model0),
                "/assessment/" + token + "/edit",
                AssessmentForms.Mode.UPDATE);
    }

    @PostMapping("/assessment/{token}/edit")
    @RateLimited("submit")
    String submitUpdate(
            @PathVariable String token,
            @ModelAttribute("stored") StoredAssessment stored,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        CareerModel model0 = skills.load();
        Submission submission = AssessmentForms.parse(request, model0, true);
        if (!submission.valid()) {
            if (submission.tampered()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            return AssessmentForms.show(
                    model, model0, submission, "/assessment/" + token + "/edit", AssessmentForms.Mode.UPDATE);
        }
        assessments.revise(stored, submission.toAnswers(model0), model0);
        return "redirect:/assessment/" + token;
    }

    @GetMapping("/assessment/{token}/invitations")
    String showInvitations(
            @PathVariable String token,
            @ModelAttribute("stored") StoredAssessment stored,
            @RequestParam(required = false) Long created,
            Model model) {
        return invitationsPage(token, stored, created, "", null, model);
    }

    @PostMapping("/assessment/{token}/invitations")
    @RateLimited("invite")
    String invite(
            @PathVariable String token,
            @ModelAttribute("stored") StoredAssessment stored,
            @RequestParam(name = "mentor", required = false) String mentor,
            HttpServletResponse response,
            Model model) {
        String name = mentor == null ? "" : mentor.strip();
        String error = null;
        if (name.indexOf('\0') >= 0) {
            error = "The name contains a character that cannot be stored (a NUL byte); remove it.";
            name = name.replace("\0", "");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } else if (name.codePointCount(0, name.length()) > Mentors.NAME_MAX) {
            error = "Keep the name to " + Mentors.NAME_MAX + " characters (it has "
                    + name.codePointCount(0, name.length()) + ").";
        }
        if (error != null) {
            return invitationsPage(token, stored, null, name, error, model);
        }
        Invitation invitation = mentors.invite(stored, token, name);
        return "redirect:/assessment/" + token + "/invitations?created=" + invitation.id() + "#invitation-"
                + invitation.id();
    }

    @PostMapping("/assessment/{token}/invitations/{id}/revoke")
    String revoke(
            @PathVariable String token, @ModelAttribute("stored") StoredAssessment stored, @PathVariable long id) {
        if (!mentors.revoke(stored, id)) {
            throw new NotFoundException("invitation");
        }
        return "redirect:/assessment/" + token + "/invitations#invitation-" + id;
    }

    private String invitationsPage(
            String token, StoredAssessment stored, Long created, String name, String error, Model model) {
        model.addAttribute("invitations", mentors.invitations(stored, token));
        model.addAttribute("created", created);
        model.addAttribute("mentorName", name);
        model.addAttribute("mentorError", error);
        model.addAttribute("nameMax", Mentors.NAME_MAX);
        model.addAttribute("r", assessments.result(stored));
        return "assessment/invitations";
    }

    @GetMapping("/assessment/{token}/delete")
    String confirmDelete(@PathVariable String token, @ModelAttribute("stored") StoredAssessment stored) {
        return "assessment/delete";
    }

    @PostMapping("/assessment/{token}/delete")
    String delete(@ModelAttribute("stored") StoredAssessment stored) {
        assessments.delete(stored);
        return "redirect:/assessment?deleted=1";
    }

    /** The whole assessment in the documented export format, to keep or to import elsewhere. */
    @GetMapping("/assessment/{token}/export.json")
    ResponseEntity<String> export(@ModelAttribute("stored") StoredAssessment stored) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"careerpath-assessment.json\"")
                .body(transfer.export(stored));
    }

    @GetMapping(value = "/assessment/{token}.csv", produces = "text/csv")
    ResponseEntity<String> csv(@ModelAttribute("stored") StoredAssessment stored) {
        AssessmentResult r = assessments.result(stored);
        Map<String, DimensionGap> gaps = new LinkedHashMap<>();
        r.gaps().forEach(g -> gaps.put(g.slug(), g));
        return Csv.download(
                "careerpath-assessment.csv",
                List.of(
                        "category",
                        "dimension",
                        "kind",
                        "your_rating",
                        "target_expects",
                        "gap",
                        "on_checklist",
                        "ticked"),
                r.ratings().stream()
                        .map(rated -> {
                            DimensionGap gap = gaps.get(rated.dimension().slug());
                            return Arrays.<Object>asList(
                                    rated.dimension().categoryName(),
                                    rated.dimension().name(),
                                    rated.dimension().kind(),
                                    rated.rated() ? rated.rating() : rated.ratingLabel(),
                                    rated.expected() == null ? "retired" : rated.expected(),
                                    rated.gap(),
                                    gap == null ? "no" : "yes",
                                    gap != null && gap.ticked() ? "yes" : "no");
                        })
                        .toList());
    }
}
