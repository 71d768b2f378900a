package org.careerpath.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.careerpath.guides.GuideCatalogue;
import org.careerpath.guides.Guides;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.Level;
import org.careerpath.salaries.Salaries;
import org.careerpath.salaries.SalaryCatalogue;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.Expectation;
import org.careerpath.skills.ExpectationGroup;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.web.NotFoundException;
import org.careerpath.web.PublicPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The ladder, level pages, the level comparison and the printable checklists: levels, dimensions, roles and pay. */
@Controller
class LadderController {

    /** The aijobs.net experience level each portal level corresponds to, for the crosswalk. */
    /** The dimension whose statement the ladder shows as each level's scope. */
    static final String SCOPE = "scope-of-work";

    private final SkillCatalogue skills;
    private final GuideCatalogue guides;
    private final SalaryCatalogue salaries;

    LadderController(SkillCatalogue skills, GuideCatalogue guides, SalaryCatalogue salaries) {
        this.skills = skills;
        this.guides = guides;
        this.salaries = salaries;
    }

    @PublicPage
    @GetMapping("/ladder")
    String ladder(Model model) {
        return ladderPage(skills.load(), model);
    }

    /** The ladder drawn from a given career model: the published one, or one with a draft applied. */
    String ladderPage(CareerModel career, Model model) {
        Ladder ladder = career.ladder();
        Guides all = guides.load();
        Salaries pay = salaries.load();
        long scope = career.bySlug(SCOPE).orElseThrow().id();
        model.addAttribute(
                "tracks",
                ladder.tracks().stream()
                        .map(track -> new LadderTrack(
                                track,
                                track.levels().stream()
                                        .map(level -> new LadderRung(
                                                level,
                                                career.expectation(level.id(), scope)
                                                        .orElse(null),
                                                all.atLevel(level.id()),
                                                pay.pay(level.id()),
                                                surveyLevels(pay, level)))
                                        .toList()))
                        .toList());
        model.addAttribute("ladder", ladder.levels());
        model.addAttribute(
                "surveyLevels",
                ladder.levels().stream()
                        .collect(java.util.stream.Collectors.toMap(Level::slug, level -> surveyLevels(pay, level))));
        return "levels/ladder";
    }

    @PublicPage
    @GetMapping("/levels/{slug}")
    String level(@PathVariable String slug, Model model) {
        Level level = skills.load().ladder().bySlug(slug).orElseThrow(() -> new NotFoundException("level " + slug));
        return levelPage(level, model);
    }

    /** A level's page, for the public page and for an editor's preview of a draft of its words. */
    String levelPage(Level level, Model model) {
        return levelPage(level, skills.load(), model);
    }

    /** A level's page drawn from a given career model: the published one, or one with a draft applied. */
    String levelPage(Level level, CareerModel career, Model model) {
        Ladder ladder = career.ladder();
        Optional<Level> below = ladder.below(level);
        Optional<Level> above = ladder.above(level);
        Guides all = guides.load();
        Set<Long> defining = career.defining(level);
        List<ExpectationGroup> groups = career.atLevel(level.id());
        model.addAttribute("level", level);
        model.addAttribute("groups", groups);
        model.addAttribute("howTheyWork", workStatements(groups, level));
        model.addAttribute("defining", expectations(groups, defining));
        model.addAttribute("fromBelow", below.map(b -> change(career, b, level)).orElse(null));
        model.addAttribute("toAbove", above.map(a -> change(career, level, a)).orElse(null));
        model.addAttribute(
                "branches",
                ladder.branchesFrom(level).stream()
                        .map(b -> change(career, level, b))
                        .toList());
        model.addAttribute("roles", all.atLevel(level.id()));
        model.addAttribute("neighbours", all.enteredFrom(level.id()));
        Salaries pay = salaries.load();
        model.addAttribute(
                "pay",
                pay.ladder().byId(level.id()).isPresent()
                        ? pay.pay(level.id())
                        : pay.pay(level, org.careerpath.salaries.SalaryFilter.none()));
        return "levels/show";
    }

    /** "ML engineering titles at SE (senior)", or "No equivalent": how the salary survey's levels map here. */
    static String surveyLevels(Salaries salaries, Level level) {
        List<String> parts = new java.util.ArrayList<>();
        Map<String, List<String>> byFamily = new java.util.LinkedHashMap<>();
        salaries.mappingsFor(level.id())
                .forEach(m -> byFamily.computeIfAbsent(m.familyName(), f -> new java.util.ArrayList<>())
                        .add(m.experienceLevelName()));
        byFamily.forEach((family, codes) -> parts.add(family + " at " + String.join(" or ", codes)));
        return parts.isEmpty() ? "No equivalent" : String.join("; ", parts);
    }

    /** The impact dimensions (and people dimensions for managers): how people at the level work. */
    private static List<Expectation> workStatements(List<ExpectationGroup> groups, Level level) {
        return groups.stream()
                .flatMap(g -> g.expectations().stream())
                .filter(e -> "impact".equals(e.dimensionKind())
                        || ("people".equals(e.dimensionKind()) && !level.individualContributor()))
                .toList();
    }

    private static List<Expectation> expectations(List<ExpectationGroup> groups, Set<Long> ids) {
        return groups.stream()
                .flatMap(g -> g.expectations().stream())
                .filter(e -> ids.contains(e.dimensionId()))
                .toList();
    }

    private static LevelChange change(CareerModel career, Level from, Level to) {
        return new LevelChange(from, to, career.compare(from.id(), to.id()));
    }

    @PublicPage(params = {"from", "to"})
    @GetMapping("/levels/compare")
    ModelAndView compare(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        ModelAndView page = new ModelAndView("levels/compare");
        CareerModel career = skills.load();
        Ladder ladder = career.ladder();
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
        page.addObject("fromLevel", fromLevel.get());
        page.addObject("toLevel", toLevel.get());
        page.addObject("change", change(career, fromLevel.get(), toLevel.get()));
        return page;
    }

    @PublicPage
    @GetMapping("/checklists/{slug}")
    String checklist(@PathVariable String slug, Model model) {
        CareerModel career = skills.load();
        Ladder ladder = career.ladder();
        Level level = ladder.bySlug(slug).orElseThrow(() -> new NotFoundException("level " + slug));
        model.addAttribute("level", level);
        model.addAttribute("below", ladder.below(level).orElse(null));
        model.addAttribute("groups", career.atLevel(level.id()));
        model.addAttribute(
                "defining",
                career.defining(level).stream()
                        .map(id -> career.byId(id).orElseThrow().slug())
                        .collect(Collectors.toSet()));
        model.addAttribute("ladder", ladder.levels());
        return "skills/checklist";
    }
}
