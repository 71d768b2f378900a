package org.careerpath.pages;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.careerpath.guides.GuideCatalogue;
import org.careerpath.guides.Guides;
import org.careerpath.guides.RoleAtLevel;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.Level;
import org.careerpath.levels.LevelCatalogue;
import org.careerpath.levels.LevelCriterion;
import org.careerpath.salaries.BandView;
import org.careerpath.salaries.SalaryCatalogue;
import org.careerpath.skills.ComparisonRow;
import org.careerpath.skills.Expectation;
import org.careerpath.skills.LevelComparison;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.skills.Skills;
import org.careerpath.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The ladder, level pages, the level comparison and the printable checklists: levels, skills, roles and pay. */
@Controller
class LadderController {

    /** The aijobs.net experience level each portal level corresponds to, for the crosswalk. */
    static final Map<String, String> SURVEY_LEVELS = Map.of(
            "junior", "EN (entry)",
            "mle", "MI (mid)",
            "senior", "SE (senior)",
            "director-of-ml", "EX (executive or director)");

    /** How many skills the ladder lists as a level's key skills. */
    static final int KEY_SKILLS = 4;

    private final LevelCatalogue levels;
    private final SkillCatalogue skills;
    private final GuideCatalogue guides;
    private final SalaryCatalogue salaries;

    LadderController(LevelCatalogue levels, SkillCatalogue skills, GuideCatalogue guides, SalaryCatalogue salaries) {
        this.levels = levels;
        this.skills = skills;
        this.guides = guides;
        this.salaries = salaries;
    }

    @GetMapping("/ladder")
    String ladder(Model model) {
        Skills model0 = skills.load();
        Ladder ladder = model0.ladder();
        Map<Long, List<RoleAtLevel>> titles =
                guides.load().roles().stream().collect(Collectors.groupingBy(RoleAtLevel::levelId));
        Map<Long, BandView> headline = salaries.load().headlineByLevel();
        model.addAttribute(
                "tracks",
                ladder.tracks().stream()
                        .map(track -> new LadderTrack(
                                track,
                                track.levels().stream()
                                        .map(level -> new LadderRung(
                                                level,
                                                keySkills(level, model0),
                                                titles.getOrDefault(level.id(), List.of()),
                                                headline.get(level.id())))
                                        .toList()))
                        .toList());
        model.addAttribute("ladder", ladder.levels());
        model.addAttribute("surveyLevels", SURVEY_LEVELS);
        return "levels/ladder";
    }

    /**
     * The skills whose expectation rises most from the level below (the strongest ones at a first level),
     * then by how high they go, then in catalogue order.
     */
    static List<String> keySkills(Level level, Skills skills) {
        Optional<Level> below = skills.ladder().below(level);
        if (below.isEmpty()) {
            return skills.atLevel(level.id()).stream()
                    .flatMap(g -> g.expectations().stream())
                    .sorted(Comparator.comparing(Expectation::proficiency, Comparator.reverseOrder()))
                    .limit(KEY_SKILLS)
                    .map(Expectation::skillName)
                    .toList();
        }
        return skills.compare(below.get().id(), level.id()).rows().stream()
                .filter(ComparisonRow::rises)
                .sorted(Comparator.comparingInt(ComparisonRow::change)
                        .reversed()
                        .thenComparing(ComparisonRow::toProficiency, Comparator.reverseOrder()))
                .limit(KEY_SKILLS)
                .map(ComparisonRow::skillName)
                .toList();
    }

    @GetMapping("/levels/{slug}")
    String level(@PathVariable String slug, Model model) {
        Skills model0 = skills.load();
        Ladder ladder = model0.ladder();
        Level level = ladder.bySlug(slug).orElseThrow(() -> new NotFoundException("level " + slug));
        Optional<Level> below = ladder.below(level);
        Optional<Level> above = ladder.above(level);
        Guides all = guides.load();
        model.addAttribute("level", level);
        model.addAttribute("expectations", model0.atLevel(level.id()));
        model.addAttribute("below", below.orElse(null));
        model.addAttribute(
                "risesFromBelow",
                below.map(b -> model0.compare(b.id(), level.id()).rising()).orElse(List.of()));
        model.addAttribute("above", above.orElse(null));
        model.addAttribute(
                "toReachAbove",
                above.map(a -> model0.compare(level.id(), a.id()).rising()).orElse(List.of()));
        model.addAttribute("branches", ladder.branchesFrom(level));
        Map<Long, List<LevelCriterion>> criteria = levels.criteria();
        model.addAttribute("criteria", criteria.getOrDefault(level.id(), List.of()));
        model.addAttribute(
                "criteriaAbove",
                above.map(a -> criteria.getOrDefault(a.id(), List.of())).orElse(List.of()));
        model.addAttribute("roles", all.atLevel(level.id()));
        model.addAttribute("bands", salaries.load().bandsForLevel(level.id()));
        return "levels/show";
    }

    @GetMapping("/levels/compare")
    ModelAndView compare(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        ModelAndView page = new ModelAndView("levels/compare");
        Skills model0 = skills.load();
        Ladder ladder = model0.ladder();
        page.addObject("ladder", ladder.levels());
        page.addObject("from", from);
        page.addObject("to", to);
        Optional<Level> fromLevel = Optional.ofNullable(from).flatMap(ladder::bySlug);
        Optional<Level> toLevel = Optional.ofNullable(to).flatMap(ladder::bySlug);
        if (fromLevel.isEmpty() || toLevel.isEmpty()) {
            boolean missing = from == null || from.isBlank() || to == null || to.isBlank();
            page.addObject("problem", missing ? "missing" : "unknown");
            page.addObject("badFrom", from != null && !from.isBlank() && fromLevel.isEmpty());
            page.addObject("badTo", to != null && !to.isBlank() && toLevel.isEmpty());
            if (!missing) {
                page.setStatus(HttpStatus.BAD_REQUEST);
            }
            return page;
        }
        LevelComparison comparison =
                model0.compare(fromLevel.get().id(), toLevel.get().id());
        page.addObject("fromLevel", fromLevel.get());
        page.addObject("toLevel", toLevel.get());
        page.addObject("comparison", comparison);
        return page;
    }

    @GetMapping("/checklists/{slug}")
    String checklist(@PathVariable String slug, Model model) {
        Skills model0 = skills.load();
        Ladder ladder = model0.ladder();
        Level level = ladder.bySlug(slug).orElseThrow(() -> new NotFoundException("level " + slug));
        Optional<Level> below = ladder.below(level);
        model.addAttribute("level", level);
        model.addAttribute("below", below.orElse(null));
        model.addAttribute("groups", model0.atLevel(level.id()));
        model.addAttribute(
                "fromBelow",
                below.map(b -> model0.compare(b.id(), level.id()).bySkill()).orElse(Map.of()));
        model.addAttribute("ladder", ladder.levels());
        return "skills/checklist";
    }
}
