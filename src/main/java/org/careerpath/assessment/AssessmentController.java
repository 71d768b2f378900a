package org.careerpath.assessment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.web.Csv;
import org.careerpath.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** One stored assessment, reached through its token: results, report, checklist, update, delete, downloads. */
@Controller
class AssessmentController {

    private final AssessmentService assessments;
    private final SkillCatalogue skills;

    AssessmentController(AssessmentService assessments, SkillCatalogue skills) {
        this.assessments = assessments;
        this.skills = skills;
    }

    /** The assessment behind the URL's token, resolved once per request; an unknown token is a 404. */
    @ModelAttribute("stored")
    StoredAssessment stored(@PathVariable String token) {
        return assessments.find(token).orElseThrow(() -> new NotFoundException("assessment"));
    }

    @GetMapping("/assessment/{token}")
    String showResult(@ModelAttribute("stored") StoredAssessment stored, Model model) {
        model.addAttribute("r", assessments.result(stored));
        return "assessment/result";
    }

    @GetMapping("/assessment/{token}/report")
    String showReport(@ModelAttribute("stored") StoredAssessment stored, Model model) {
        model.addAttribute("r", assessments.result(stored));
        return "assessment/report";
    }

    @PostMapping("/assessment/{token}/checklist/{skill}")
    String tick(
            @ModelAttribute("stored") StoredAssessment stored,
            @PathVariable String skill,
            @RequestParam(defaultValue = "true") boolean done) {
        if (!assessments.tick(stored, skill, done)) {
            throw new NotFoundException("checklist item " + skill);
        }
        return "redirect:/assessment/" + stored.token() + "#item-" + skill;
    }

    @GetMapping("/assessment/{token}/edit")
    String showUpdateForm(@ModelAttribute("stored") StoredAssessment stored, Model model) {
        CareerModel model0 = skills.load();
        return AssessmentForms.show(
                model, model0, assessments.prefill(stored, model0), "/assessment/" + stored.token() + "/edit", true);
    }

    @PostMapping("/assessment/{token}/edit")
    String submitUpdate(
            @ModelAttribute("stored") StoredAssessment stored,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        CareerModel model0 = skills.load();
        Submission submission = AssessmentForms.parse(request, model0);
        if (!submission.valid()) {
            if (submission.tampered()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            return AssessmentForms.show(model, model0, submission, "/assessment/" + stored.token() + "/edit", true);
        }
        assessments.revise(stored, submission, model0);
        return "redirect:/assessment/" + stored.token();
    }

    @GetMapping("/assessment/{token}/delete")
    String confirmDelete(@ModelAttribute("stored") StoredAssessment stored, Model model) {
        model.addAttribute("token", stored.token());
        return "assessment/delete";
    }

    @PostMapping("/assessment/{token}/delete")
    String delete(@ModelAttribute("stored") StoredAssessment stored) {
        assessments.delete(stored);
        return "redirect:/assessment?deleted=1";
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
                            return java.util.Arrays.<Object>asList(
                                    rated.dimension().categoryName(),
                                    rated.dimension().name(),
                                    rated.dimension().kind(),
                                    rated.rated() ? rated.rating() : "not rated",
                                    rated.expected() == null ? "retired" : rated.expected(),
                                    rated.gap(),
                                    gap == null ? "no" : "yes",
                                    gap != null && gap.ticked() ? "yes" : "no");
                        })
                        .toList());
    }

    @GetMapping(value = "/assessment/{token}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> json(@ModelAttribute("stored") StoredAssessment stored) {
        AssessmentResult r = assessments.result(stored);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("revision", r.revision());
        body.put("label", r.label());
        body.put("yearsExperience", r.yearsExperience());
        body.put("target", r.target().slug());
        Map<String, Object> estimates = new LinkedHashMap<>();
        r.estimates()
                .forEach(e -> estimates.put(
                        e.trackSlug(),
                        e.estimated() == null ? null : e.estimated().slug()));
        body.put("estimatedLevels", estimates);
        body.put("estimatedLevel", r.estimated() == null ? null : r.estimated().slug());
        body.put("dimensionsMet", r.targetMatch().met());
        body.put("dimensionsRated", r.targetMatch().rated());
        body.put(
                "ratings",
                r.ratings().stream()
                        .map(x -> {
                            Map<String, Object> rating = new LinkedHashMap<>();
                            rating.put("dimension", x.dimension().slug());
                            rating.put("kind", x.dimension().kind());
                            rating.put("category", x.dimension().categoryName());
                            rating.put("rating", x.rating());
                            rating.put("expected", x.expected());
                            rating.put("gap", x.gap());
                            rating.put("retired", x.dimension().retired());
                            return rating;
                        })
                        .toList());
        body.put(
                "gaps",
                r.gaps().stream()
                        .map(g -> Map.of(
                                "dimension", g.slug(),
                                "expected", g.expected().value(),
                                "rating", g.rating().value(),
                                "gap", g.size(),
                                "defining", g.defining(),
                                "ticked", g.ticked()))
                        .toList());
        return body;
    }
}
