package org.careerpath.guides;

import java.util.List;
import org.careerpath.certifications.CertificationService;
import org.careerpath.guides.GuideViews.Guide;
import org.careerpath.salaries.BandView;
import org.careerpath.salaries.SalaryService;
import org.careerpath.skills.SkillService;
import org.careerpath.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

@Controller
class GuideController {

    private final GuideService guides;
    private final SkillService skills;
    private final CertificationService certifications;
    private final SalaryService salaries;
    private final JsonMapper json;

    GuideController(
            GuideService guides,
            SkillService skills,
            CertificationService certifications,
            SalaryService salaries,
            JsonMapper json) {
        this.guides = guides;
        this.skills = skills;
        this.certifications = certifications;
        this.salaries = salaries;
        this.json = json;
    }

    @GetMapping("/guides")
    String index(Model model) {
        model.addAttribute("tracks", guides.rolesByTrack());
        return "guides/index";
    }

    @GetMapping("/careers/moves")
    String moves(Model model) {
        var roles = guides.roles();
        var moves = guides.moves();
        model.addAttribute("diagram", MovesDiagram.of(roles, moves, guides.trackOffsets()));
        model.addAttribute("roles", roles);
        model.addAttribute(
                "movesFrom",
                moves.stream().collect(java.util.stream.Collectors.groupingBy(GuideService.MoveBetween::fromSlug)));
        return "guides/moves";
    }

    @GetMapping("/guides/{slug}")
    String show(@PathVariable String slug, Model model) {
        Guide guide = guides.guide(slug).orElseThrow(() -> new NotFoundException("guide " + slug));
        long levelId = guide.role().levelId();
        List<BandView> bands = salaries.bandsForLevel(levelId);
        String canonical = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/guides/{slug}")
                .buildAndExpand(slug)
                .toUriString();
        model.addAttribute("guide", guide);
        model.addAttribute("role", guide.role());
        model.addAttribute("expectations", skills.expectationsAtLevel(levelId));
        model.addAttribute("certifications", certifications.suitedToLevel(levelId));
        model.addAttribute("bands", bands);
        model.addAttribute("canonicalUrl", canonical);
        model.addAttribute("jsonLd", OccupationJsonLd.of(guide, bands, canonical, json));
        model.addAttribute("interviewKinds", GuideViews.INTERVIEW_KINDS);
        return "guides/show";
    }
}
