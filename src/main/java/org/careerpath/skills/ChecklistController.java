package org.careerpath.skills;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.LevelService;
import org.careerpath.levels.LevelSummary;
import org.careerpath.skills.SkillService.ComparisonRow;
import org.careerpath.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A printable checklist of everything a level expects, for anyone, without an assessment. */
@Controller
class ChecklistController {

    private final SkillService skills;
    private final LevelService levels;

    ChecklistController(SkillService skills, LevelService levels) {
        this.skills = skills;
        this.levels = levels;
    }

    @GetMapping("/checklists/{slug}")
    String checklist(@PathVariable String slug, Model model) {
        Ladder ladder = levels.load();
        LevelSummary level = ladder.bySlug(slug).orElseThrow(() -> new NotFoundException("level " + slug));
        Optional<LevelSummary> below = ladder.below(level);
        Map<String, ComparisonRow> fromBelow = below.map(b -> skills.compare(b.id(), level.id()).stream()
                        .collect(Collectors.toMap(ComparisonRow::skillSlug, r -> r)))
                .orElse(Map.of());
        model.addAttribute("level", level);
        model.addAttribute("below", below.orElse(null));
        model.addAttribute("groups", skills.expectationsAtLevel(level.id()));
        model.addAttribute("fromBelow", fromBelow);
        model.addAttribute("ladder", ladder.levels());
        return "skills/checklist";
    }
}
