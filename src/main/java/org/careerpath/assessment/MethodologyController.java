package org.careerpath.assessment;

import org.careerpath.levels.Ladder;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.web.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** How the career model is built and how the self-assessment estimates a level, with a worked example. */
@Controller
class MethodologyController {

    private final SkillCatalogue skills;

    MethodologyController(SkillCatalogue skills) {
        this.skills = skills;
    }

    @PublicPage
    @GetMapping("/methodology")
    String methodology(Model model) {
        CareerModel career = skills.load();
        Ladder ladder = career.ladder();
        model.addAttribute("categories", career.categories());
        model.addAttribute("dimensionCount", career.dimensions().size());
        model.addAttribute(
                "example",
                WorkedExample.of(
                                career,
                                ladder.bySlug("senior").orElseThrow(),
                                ladder.bySlug("staff").orElseThrow())
                        .orElse(null));
        model.addAttribute("share", Scoring.SHARE_NUMERATOR * 100 / Scoring.SHARE_DENOMINATOR);
        return "assessment/methodology";
    }
}
