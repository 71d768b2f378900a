package org.careerpath.skills;

import org.careerpath.web.Csv;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The skills catalogue and the matrix. A single skill's page composes other modules and lives in pages. */
@Controller
class SkillController {

    private final SkillCatalogue skills;

    SkillController(SkillCatalogue skills) {
        this.skills = skills;
    }

    @GetMapping("/skills")
    String index(Model model) {
        Skills all = skills.load();
        model.addAttribute("categories", all.categories());
        model.addAttribute("scale", all.scale());
        return "skills/index";
    }

    @GetMapping("/skills/matrix")
    String matrix(Model model) {
        model.addAttribute("matrix", SkillMatrix.of(skills.load().expectations()));
        return "skills/matrix";
    }

    @GetMapping(value = "/skills/matrix.csv", produces = "text/csv")
    ResponseEntity<String> matrixCsv() {
        SkillMatrix matrix = SkillMatrix.of(skills.load().expectations());
        return Csv.download("careerpath-skills-matrix.csv", matrix.csvHeader(), matrix.csvRows());
    }
}
