package org.careerpath.home;

import org.careerpath.guides.RoleService;
import org.careerpath.levels.LevelService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final LevelService levels;
    private final RoleService roles;

    HomeController(LevelService levels, RoleService roles) {
        this.levels = levels;
        this.roles = roles;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("tracks", levels.tracks());
        model.addAttribute("roles", roles.all());
        return "home/index";
    }
}
