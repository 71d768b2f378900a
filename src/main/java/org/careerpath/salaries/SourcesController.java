package org.careerpath.salaries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SourcesController {

    private final SalaryService salaries;

    SourcesController(SalaryService salaries) {
        this.salaries = salaries;
    }

    @GetMapping("/sources")
    String sources(Model model) {
        model.addAttribute("sources", salaries.sources());
        return "salaries/sources";
    }
}
