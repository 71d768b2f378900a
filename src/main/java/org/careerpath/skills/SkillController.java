package org.careerpath.skills;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.careerpath.certifications.CertificationService;
import org.careerpath.guides.GuideService;
import org.careerpath.guides.GuideViews.RoleAtLevel;
import org.careerpath.skills.SkillViews.Expectation;
import org.careerpath.skills.SkillViews.SkillDetail;
import org.careerpath.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class SkillController {

    /** A role "involves" a skill when its level expects at least this proficiency (practitioner). */
    static final int INVOLVES_FROM = 3;

    private final SkillService skills;
    private final CertificationService certifications;
    private final GuideService guides;

    SkillController(SkillService skills, CertificationService certifications, GuideService guides) {
        this.skills = skills;
        this.certifications = certifications;
        this.guides = guides;
    }

    @GetMapping("/skills")
    String index(Model model) {
        model.addAttribute("categories", skills.catalogue());
        model.addAttribute("scale", skills.scale());
        return "skills/index";
    }

    @GetMapping("/skills/matrix")
    String matrix(Model model) {
        SkillMatrix matrix = SkillMatrix.of(skills.matrix());
        model.addAttribute("matrix", matrix);
        return "skills/matrix";
    }

    @GetMapping(value = "/skills/matrix.csv", produces = "text/csv")
    ResponseEntity<String> matrixCsv() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"careerpath-skills-matrix.csv\"")
                .body(SkillMatrix.of(skills.matrix()).toCsv());
    }

    @GetMapping("/skills/{slug}")
    String show(@PathVariable String slug, Model model) {
        SkillDetail detail = skills.skill(slug).orElseThrow(() -> new NotFoundException("skill " + slug));
        List<Expectation> expectations =
                skills.expectationsOfSkill(detail.skill().id());
        List<Long> involvingLevels = expectations.stream()
                .filter(e -> e.proficiency() >= INVOLVES_FROM)
                .map(Expectation::levelId)
                .toList();
        List<RoleAtLevel> roles = guides.roles().stream()
                .filter(r -> involvingLevels.contains(r.levelId()))
                .toList();
        model.addAttribute("skill", detail.skill());
        model.addAttribute("descriptors", detail.descriptors());
        model.addAttribute(
                "ladder",
                expectations.stream()
                        .filter(e -> "individual-contributor".equals(e.trackSlug()))
                        .toList());
        model.addAttribute(
                "managers",
                expectations.stream()
                        .filter(e -> !"individual-contributor".equals(e.trackSlug()))
                        .toList());
        model.addAttribute(
                "certifications", certifications.coveringSkill(detail.skill().id()));
        model.addAttribute("roles", roles);
        return "skills/show";
    }
}
