package org.careerpath.assessment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.assessment.AssessmentResult.Gap;
import org.careerpath.assessment.AssessmentResult.Rated;
import org.careerpath.assessment.AssessmentStore.Stored;
import org.careerpath.levels.LevelService;
import org.careerpath.levels.LevelSummary;
import org.careerpath.skills.SkillService;
import org.careerpath.web.Csv;
import org.careerpath.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
class AssessmentController {

    private final AssessmentService assessments;
    private final SkillService skills;
    private final LevelService levels;

    AssessmentController(AssessmentService assessments, SkillService skills, LevelService levels) {
        this.assessments = assessments;
        this.skills = skills;
        this.levels = levels;
    }

    @GetMapping("/assessment")
    String showAssessmentForm(@RequestParam(required = false) String deleted, Model model) {
        model.addAttribute("deleted", deleted != null);
        return form(model, Submission.empty(), "/assessment", false);
    }

    @PostMapping("/assessment")
    String submitAssessment(HttpServletRequest request, HttpServletResponse response, Model model) {
        Submission submission = parse(request);
        if (!submission.valid()) {
            return formWithErrors(model, response, submission, "/assessment", false);
        }
        return "redirect:/assessment/" + assessments.create(submission);
    }

    @GetMapping("/assessment/{token}")
    String showResult(@PathVariable String token, Model model) {
        Stored stored = find(token);
        model.addAttribute("r", assessments.result(stored));
        model.addAttribute("scale", skills.scale());
        return "assessment/result";
    }

    @GetMapping("/assessment/{token}/report")
    String showReport(@PathVariable String token, Model model) {
        model.addAttribute("r", assessments.result(find(token)));
        return "assessment/report";
    }

    @PostMapping("/assessment/{token}/checklist/{skill}")
    String tick(
            @PathVariable String token, @PathVariable String skill, @RequestParam(defaultValue = "true") boolean done) {
        Stored stored = find(token);
        if (!assessments.tick(stored, skill, done)) {
            throw new NotFoundException("checklist item " + skill);
        }
        return "redirect:/assessment/" + token + "#item-" + skill;
    }

    @GetMapping("/assessment/{token}/edit")
    String showUpdateForm(@PathVariable String token, Model model) {
        Stored stored = find(token);
        return form(model, assessments.prefill(stored), "/assessment/" + token + "/edit", true);
    }

    @PostMapping("/assessment/{token}/edit")
    String submitUpdate(
            @PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        Stored stored = find(token);
        Submission submission = parse(request);
        if (!submission.valid()) {
            return formWithErrors(model, response, submission, "/assessment/" + token + "/edit", true);
        }
        assessments.revise(stored, submission);
        return "redirect:/assessment/" + token;
    }

    @GetMapping("/assessment/{token}/delete")
    String confirmDelete(@PathVariable String token, Model model) {
        find(token);
        model.addAttribute("token", token);
        return "assessment/delete";
    }

    @PostMapping("/assessment/{token}/delete")
    String delete(@PathVariable String token) {
        if (!assessments.delete(token)) {
            throw new NotFoundException("assessment");
        }
        return "redirect:/assessment?deleted=1";
    }

    @GetMapping(value = "/assessment/{token}.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String token) {
        AssessmentResult r = assessments.result(find(token));
        StringBuilder csv = new StringBuilder();
        Csv.line(csv, List.of("category", "skill", "your_rating", "target_expects", "gap", "on_checklist", "ticked"));
        for (Rated rated : r.ratings()) {
            Gap gap = r.gaps().stream()
                    .filter(g -> g.slug().equals(rated.slug()))
                    .findFirst()
                    .orElse(null);
            Csv.line(
                    csv,
                    List.of(
                            rated.category(),
                            rated.name(),
                            Integer.toString(rated.rating()),
                            Integer.toString(rated.expected()),
                            Integer.toString(rated.gap()),
                            gap == null ? "no" : "yes",
                            gap != null && gap.ticked() ? "yes" : "no"));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"careerpath-assessment.csv\"")
                .body(csv.toString());
    }

    @GetMapping(value = "/assessment/{token}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> json(@PathVariable String token) {
        AssessmentResult r = assessments.result(find(token));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("revision", r.revision());
        body.put("label", r.label());
        body.put("yearsExperience", r.yearsExperience());
        body.put("target", r.target().slug());
        body.put("estimatedLevel", r.estimated() == null ? null : r.estimated().slug());
        body.put("skillsMet", r.metOverall());
        body.put("skillsTotal", r.totalOverall());
        body.put(
                "ratings",
                r.ratings().stream()
                        .map(x -> Map.of(
                                "skill",
                                x.slug(),
                                "category",
                                x.category(),
                                "rating",
                                x.rating(),
                                "expected",
                                x.expected(),
                                "gap",
                                x.gap()))
                        .toList());
        body.put(
                "gaps",
                r.gaps().stream()
                        .map(g -> Map.of(
                                "skill",
                                g.slug(),
                                "expected",
                                g.expected(),
                                "rating",
                                g.rating(),
                                "gap",
                                g.size(),
                                "ticked",
                                g.ticked()))
                        .toList());
        return body;
    }

    private Stored find(String token) {
        return assessments.find(token).orElseThrow(() -> new NotFoundException("assessment"));
    }

    private Submission parse(HttpServletRequest request) {
        List<String> levelSlugs =
                levels.ladder().stream().map(LevelSummary::slug).toList();
        return Submission.parse(request.getParameterMap(), assessments.allSkills(), levelSlugs);
    }

    private String formWithErrors(
            Model model, HttpServletResponse response, Submission submission, String action, boolean update) {
        if (submission.tampered()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return form(model, submission, action, update);
    }

    private String form(Model model, Submission submission, String action, boolean update) {
        model.addAttribute("form", submission);
        model.addAttribute("action", action);
        model.addAttribute("update", update);
        model.addAttribute("catalogue", skills.catalogue());
        model.addAttribute("descriptors", skills.descriptors());
        model.addAttribute("scale", skills.scale());
        model.addAttribute("tracks", levels.tracks());
        return "assessment/form";
    }
}
