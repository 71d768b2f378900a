package org.careerpath.pages;

import java.util.List;
import org.careerpath.certifications.CertificationCatalogue;
import org.careerpath.guides.GuideCatalogue;
import org.careerpath.guides.RoleAtLevel;
import org.careerpath.skills.Expectation;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.skills.SkillDetail;
import org.careerpath.skills.Skills;
import org.careerpath.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A skill's page: what each level expects, the certifications that cover it and the roles that rely on it. */
@Controller
class SkillPageController {

    /** A role "involves" a skill when its level expects at least this proficiency (practitioner). */
    static final int INVOLVES_FROM = 3;

    private final SkillCatalogue skills;
    private final CertificationCatalogue certifications;
    private final GuideCatalogue guides;

    SkillPageController(SkillCatalogue skills, CertificationCatalogue certifications, GuideCatalogue guides) {
        this.skills = skills;
        this.certifications = certifications;
        this.guides = guides;
    }

    @GetMapping("/skills/{slug}")
    String show(@PathVariable String slug, Model model) {
        Skills model0 = skills.load();
        SkillDetail detail = model0.detail(slug).orElseThrow(() -> new NotFoundException("skill " + slug));
        List<Expectation> expectations = model0.ofSkill(detail.skill().id());
        List<Long> involvingLevels = expectations.stream()
                .filter(e -> e.proficiency() >= INVOLVES_FROM)
                .map(Expectation::levelId)
                .toList();
        List<RoleAtLevel> roles = guides.load().roles().stream()
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
                "certifications",
                certifications.load().coveringSkill(detail.skill().id()));
        model.addAttribute("roles", roles);
        return "skills/show";
    }
}
