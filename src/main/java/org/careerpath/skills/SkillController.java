package org.careerpath.skills;

import java.util.Map;
import org.careerpath.web.Csv;
import org.careerpath.web.PublicPage;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The catalogue of dimensions and the matrix. A single dimension's page composes other modules (pages). */
@Controller
class SkillController {

    private final SkillCatalogue skills;

    SkillController(SkillCatalogue skills) {
        this.skills = skills;
    }

    @PublicPage
    @GetMapping("/skills")
    String index(Model model) {
        return indexPage(skills.load(), model);
    }

    /** The skills page drawn from a given career model: the published one, or one with a draft applied. */
    String indexPage(CareerModel all, Model model) {
        model.addAttribute("categories", all.categories());
        model.addAttribute("scale", all.scale());
        return "skills/index";
    }

    @PublicPage
    @GetMapping("/skills/matrix")
    String matrix(Model model) {
        model.addAttribute("matrix", SkillMatrix.of(skills.load()));
        return "skills/matrix";
    }

    @PublicPage
    @GetMapping(value = "/skills/matrix.csv", produces = "text/csv")
    ResponseEntity<String> matrixCsv() {
        SkillMatrix matrix = SkillMatrix.of(skills.load());
        return Csv.download("careerpath-skills-matrix.csv", matrix.csvHeader(), matrix.csvRows());
    }

    @PublicPage
    @GetMapping(value = "/skills/matrix.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> matrixJson() {
        return SkillMatrix.of(skills.load()).json();
    }
}
