package org.careerpath.guides;

import org.careerpath.web.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The list of guides and the map of career moves. A single guide composes other modules and lives in pages. */
@Controller
class GuideController {

    private final GuideCatalogue guides;

    GuideController(GuideCatalogue guides) {
        this.guides = guides;
    }

    @PublicPage
    @GetMapping("/guides")
    String index(Model model) {
        model.addAttribute("tracks", guides.load().byTrack());
        return "guides/index";
    }

    @PublicPage
    @GetMapping("/careers/moves")
    String moves(Model model) {
        return movesPage(guides.load(), model);
    }

    /** The moves page drawn from given guides: the published ones, or ones with a draft applied. */
    String movesPage(Guides all, Model model) {
        model.addAttribute("diagram", MovesDiagram.of(all.roles(), all.moves(), all.ladder()));
        model.addAttribute("roles", all.roles());
        model.addAttribute("movesFrom", all.movesFrom());
        return "guides/moves";
    }
}
