package org.careerpath.levels;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.careerpath.guides.GuideService;
import org.careerpath.guides.GuideViews.RoleAtLevel;
import org.careerpath.salaries.BandView;
import org.careerpath.salaries.SalaryService;
import org.careerpath.skills.SkillService;
import org.careerpath.skills.SkillService.ComparisonRow;
import org.careerpath.skills.SkillViews.Expectation;
import org.careerpath.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

@Controller
class LadderController {

    /** How many skills the ladder lists as a level's key skills. */
    static final int KEY_SKILLS = 4;

    private final LevelService levels;
    private final SkillService skills;
    private final GuideService guides;
    private final SalaryService salaries;

    LadderController(LevelService levels, SkillService skills, GuideService guides, SalaryService salaries) {
        this.levels = levels;
        this.skills = skills;
        this.guides = guides;
        this.salaries = salaries;
    }

    /** A level on the ladder with what the ladder shows about it. */
    record Rung(LevelSummary level, List<String> keySkills, List<RoleAtLevel> titles, BandView headline) {}

    @GetMapping("/ladder")
    String ladder(Model model) {
        Ladder ladder = levels.load();
        Map<Long, List<RoleAtLevel>> titles =
                guides.roles().stream().collect(Collectors.groupingBy(RoleAtLevel::levelId));
        Map<Long, BandView> headline = salaries.headlineByLevel();
        Map<Long, Map<String, Expectation>> matrix = skills.matrix().stream()
                .collect(Collectors.groupingBy(
                        Expectation::levelId,
                        Collectors.toMap(Expectation::skillSlug, e -> e, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute(
                "tracks",
                ladder.tracks().stream()
                        .map(track -> new TrackRungs(
                                track,
                                track.levels().stream()
                                        .map(level -> new Rung(
                                                level,
                                                keySkills(level, ladder, matrix),
                                                titles.getOrDefault(level.id(), List.of()),
                                                headline.get(level.id())))
                                        .toList()))
                        .toList());
        model.addAttribute("ladder", ladder.levels());
        return "levels/ladder";
    }

    record TrackRungs(TrackSummary track, List<Rung> rungs) {}

    /**
     * The skills whose expectation rises most from the level below (the strongest ones at a first level),
     * then by how high they go, then in catalogue order.
     */
    static List<String> keySkills(LevelSummary level, Ladder ladder, Map<Long, Map<String, Expectation>> matrix) {
        Map<String, Expectation> here = matrix.get(level.id());
        Map<String, Expectation> before =
                ladder.below(level).map(b -> matrix.get(b.id())).orElse(null);
        return here.values().stream()
                .filter(e -> before == null
                        || e.proficiency() > before.get(e.skillSlug()).proficiency())
                .sorted(Comparator.comparingInt((Expectation e) ->
                                before == null ? 0 : before.get(e.skillSlug()).proficiency() - e.proficiency())
                        .thenComparing(Expectation::proficiency, Comparator.reverseOrder()))
                .limit(KEY_SKILLS)
                .map(Expectation::skillName)
                .toList();
    }

    @GetMapping("/levels/{slug}")
    String level(@PathVariable String slug, Model model) {
        Ladder ladder = levels.load();
        LevelSummary level = ladder.bySlug(slug).orElseThrow(() -> new NotFoundException("level " + slug));
        Optional<LevelSummary> below = ladder.below(level);
        Optional<LevelSummary> above = ladder.above(level);
        model.addAttribute("level", level);
        model.addAttribute("expectations", skills.expectationsAtLevel(level.id()));
        model.addAttribute("below", below.orElse(null));
        model.addAttribute(
                "risesFromBelow",
                below.map(b -> skills.compare(b.id(), level.id()).stream()
                                .filter(ComparisonRow::rises)
                                .toList())
                        .orElse(List.of()));
        model.addAttribute("above", above.orElse(null));
        model.addAttribute(
                "toReachAbove",
                above.map(a -> skills.compare(level.id(), a.id()).stream()
                                .filter(ComparisonRow::rises)
                                .toList())
                        .orElse(List.of()));
        model.addAttribute("branches", ladder.branchesFrom(level));
        model.addAttribute("dimensions", levels.dimensions(level.id()));
        model.addAttribute(
                "dimensionsAbove", above.map(a -> levels.dimensions(a.id())).orElse(List.of()));
        model.addAttribute("roles", guides.rolesAtLevel(level.id()));
        model.addAttribute("bands", salaries.bandsForLevel(level.id()));
        return "levels/show";
    }

    @GetMapping("/levels/compare")
    ModelAndView compare(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        ModelAndView page = new ModelAndView("levels/compare");
        Ladder ladder = levels.load();
        page.addObject("ladder", ladder.levels());
        page.addObject("from", from);
        page.addObject("to", to);
        Optional<LevelSummary> fromLevel = Optional.ofNullable(from).flatMap(ladder::bySlug);
        Optional<LevelSummary> toLevel = Optional.ofNullable(to).flatMap(ladder::bySlug);
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
        List<ComparisonRow> rows =
                skills.compare(fromLevel.get().id(), toLevel.get().id());
        page.addObject("fromLevel", fromLevel.get());
        page.addObject("toLevel", toLevel.get());
        page.addObject("rows", rows);
        page.addObject("changes", SkillService.changesByCategory(rows));
        page.addObject("rising", rows.stream().filter(ComparisonRow::rises).count());
        page.addObject("falling", rows.stream().filter(ComparisonRow::falls).count());
        return page;
    }
}
