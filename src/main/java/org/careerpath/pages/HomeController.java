package org.careerpath.pages;

import org.careerpath.guides.GuideCatalogue;
import org.careerpath.guides.Guides;
import org.careerpath.web.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final GuideCatalogue guides;

    HomeController(GuideCatalogue guides) {
        this.guides = guides;
    }

    @PublicPage
    @GetMapping("/")
    String home(Model model) {
        Guides all = guides.load();
        model.addAttribute("tracks", all.ladder().tracks());
        model.addAttribute("roles", all.roles());
        return "home/index";
    }
}
