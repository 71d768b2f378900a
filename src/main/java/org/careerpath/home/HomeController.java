package org.careerpath.home;

import org.careerpath.guides.GuideService;
import org.careerpath.levels.LevelService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final LevelService levels;
    private final GuideService guides;

    HomeController(LevelService levels, GuideService guides) {
        this.levels = levels;
        this.guides = guides;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("tracks", levels.tracks());
        model.addAttribute("roles", guides.roles());
        return "home/index";
    }
}
