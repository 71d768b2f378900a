package org.careerpath.sources;

import org.careerpath.web.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where the portal's facts and figures come from. */
@Controller
class SourcesController {

    private final SourceCatalogue sources;

    SourcesController(SourceCatalogue sources) {
        this.sources = sources;
    }

    @PublicPage
    @GetMapping("/sources")
    String sources(Model model) {
        model.addAttribute("sources", sources.load().all());
        return "sources/index";
    }
}
