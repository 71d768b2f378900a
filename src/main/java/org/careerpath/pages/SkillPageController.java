package org.careerpath.pages;

import java.util.List;
import org.careerpath.certifications.CertificationCatalogue;
import org.careerpath.guides.GuideCatalogue;
import org.careerpath.guides.Role;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.Dimension;
import org.careerpath.skills.Expectation;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.web.NotFoundException;
import org.careerpath.web.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A dimension's page: its scale, what each level expects with the behaviour behind it, advice for every
 * step, the certifications that cover it and the roles that rely on it.
 */
@Controller
class SkillPageController {

    /** A role relies on a technical skill when its level expects at least this step (practitioner). */
    static final int RELIES_FROM = 3;

    private final SkillCatalogue skills;
    private final CertificationCatalogue certifications;
    private final GuideCatalogue guides;

    SkillPageController(SkillCatalogue skills, CertificationCatalogue certifications, GuideCatalogue guides) {
        this.skills = skills;
        this.certifications = certifications;
        this.guides = guides;
    }

    @PublicPage
    @GetMapping("/skills/{slug}")
    String show(@PathVariable String slug, Model model) {
        Dimension dimension = skills.load().bySlug(slug).orElseThrow(() -> new NotFoundException("dimension " + slug));
        return skillPage(dimension, model);
    }

    /** A skill's page, for the public page and for an editor's preview of a draft of its words. */
    String skillPage(Dimension dimension, Model model) {
        return skillPage(dimension, skills.load(), model);
    }

    /** A skill's page drawn from a given career model: the published one, or one with a draft applied. */
    String skillPage(Dimension dimension, CareerModel career, Model model) {
        List<Expectation> expectations = career.ofDimension(dimension.id());
        List<Long> relyingLevels = expectations.stream()
                .filter(e -> e.value() >= RELIES_FROM)
                .map(Expectation::levelId)
                .toList();
        List<Role> roles = guides.load().roles().stream()
                .filter(r -> r.onLadder() && relyingLevels.contains(r.level().id()))
                .toList();
        model.addAttribute("dimension", dimension);
        model.addAttribute("steps", career.steps(dimension.id()));
        model.addAttribute("advice", career.advice(dimension.id()));
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
        model.addAttribute("certifications", certifications.load().coveringSkill(dimension.id()));
        model.addAttribute("roles", roles);
        return "skills/show";
    }
}
