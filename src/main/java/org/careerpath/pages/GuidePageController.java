package org.careerpath.pages;

import java.util.List;
import org.careerpath.certifications.CertificationCatalogue;
import org.careerpath.guides.Guide;
import org.careerpath.guides.GuideCatalogue;
import org.careerpath.guides.Role;
import org.careerpath.salaries.LevelPay;
import org.careerpath.salaries.Salaries;
import org.careerpath.salaries.SalaryCatalogue;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.web.NotFoundException;
import org.careerpath.web.PublicPage;
import org.careerpath.web.PublicUrl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/** A career guide: the role's guide with the skills, certifications and pay of its level. */
@Controller
class GuidePageController {

    private final GuideCatalogue guides;
    private final SkillCatalogue skills;
    private final CertificationCatalogue certifications;
    private final SalaryCatalogue salaries;
    private final JsonMapper json;

    private final PublicUrl publicUrl;

    GuidePageController(
            GuideCatalogue guides,
            SkillCatalogue skills,
            CertificationCatalogue certifications,
            SalaryCatalogue salaries,
            JsonMapper json,
            PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.guides = guides;
        this.skills = skills;
        this.certifications = certifications;
        this.salaries = salaries;
        this.json = json;
    }

    @PublicPage
    @GetMapping("/guides/{slug}")
    String show(@PathVariable String slug, Model model) {
        Guide guide = guides.guide(slug).orElseThrow(() -> new NotFoundException("guide " + slug));
        return guidePage(guide, model);
    }

    /** A guide's page, for the public page and for an editor's preview of a draft of the role or its guide. */
    String guidePage(Guide guide, Model model) {
        Role role = guide.role();
        long levelId = role.placement().id();
        Salaries all = salaries.load();
        LevelPay pay = all.pay(levelId);
        String canonical = publicUrl.of("/guides/" + role.slug());
        model.addAttribute("guide", guide);
        model.addAttribute("role", guide.role());
        model.addAttribute("expectations", role.onLadder() ? skills.load().atLevel(levelId) : List.of());
        model.addAttribute(
                "certifications", role.onLadder() ? certifications.load().suitedToLevel(levelId) : List.of());
        model.addAttribute("pay", pay);
        model.addAttribute("projections", role.socCode() == null ? List.of() : all.projectionsFor(role.socCode()));
        model.addAttribute("canonicalUrl", canonical);
        // a neighbouring role's page never carries ML-engineer pay as its own: none in its structured data
        model.addAttribute(
                "jsonLd", OccupationJsonLd.of(guide, role.onLadder() ? pay.bands() : List.of(), canonical, json));
        return "guides/show";
    }
}
