package org.careerpath.certifications;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerpath.levels.Ladder;
import org.careerpath.levels.LevelCatalogue;
import org.careerpath.skills.Dimension;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.web.NotFoundException;
import org.careerpath.web.PublicPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

@Controller
class CertificationController {

    private final CertificationCatalogue certifications;
    private final SkillCatalogue skills;
    private final LevelCatalogue levels;
    private final CertificationWrites writes;

    CertificationController(
            CertificationCatalogue certifications,
            SkillCatalogue skills,
            LevelCatalogue levels,
            CertificationWrites writes) {
        this.certifications = certifications;
        this.skills = skills;
        this.levels = levels;
        this.writes = writes;
    }

    /** Filters are plain query parameters; a value that makes no sense is ignored and said so. */
    @PublicPage(params = {"provider", "status", "maxCost", "sort"})
    @GetMapping("/certifications")
    String index(
            @RequestParam(required = false) String provider,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String maxCost,
            @RequestParam(required = false) String sort,
            Model model) {
        BigDecimal max = parseCost(maxCost);
        boolean badCost = maxCost != null && !maxCost.isBlank() && max == null;
        CertificationFilter filter = new CertificationFilter(provider, status, max, sort);
        Certifications all = certifications.load();
        model.addAttribute("filter", filter);
        model.addAttribute("maxCostInput", badCost ? maxCost : (max == null ? "" : max.toPlainString()));
        model.addAttribute("badCost", badCost);
        Map<String, String> providers = new LinkedHashMap<>();
        all.providers().forEach(p -> providers.put(p, p));
        model.addAttribute("providerOptions", providers);
        model.addAttribute("statusOptions", CertificationFilter.STATUS_CHOICES);
        model.addAttribute("certifications", all.list(filter));
        return "certifications/index";
    }

    @PublicPage
    @GetMapping("/certifications/{slug}")
    Object show(@PathVariable String slug, Model model) {
        Optional<Certification> found = certifications.load().bySlug(slug);
        if (found.isEmpty()) {
            // a renamed certification keeps its old address, for good
            return writes.renamed(slug)
                    .map(now -> {
                        RedirectView moved = new RedirectView("/certifications/" + now);
                        moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
                        return (Object) moved;
                    })
                    .orElseThrow(() -> new NotFoundException("certification " + slug));
        }
        return page(found.get(), model);
    }

    /** The certification page's model, for the public page and for an editor's preview of a draft. */
    String page(Certification c, Model model) {
        Ladder ladder = levels.ladder();
        List<Dimension> covered = skills.load().dimensions().stream()
                .filter(s -> c.skillIds().contains(s.id()))
                .toList();
        model.addAttribute("c", c);
        model.addAttribute("skills", covered);
        model.addAttribute(
                "levels",
                ladder.levels().stream()
                        .filter(l -> c.levelIds().contains(l.id()))
                        .toList());
        return "certifications/show";
    }

    private static BigDecimal parseCost(String text) {
        if (text == null || text.isBlank() || text.length() > 12) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace("$", "").replace(",", ""));
            return value.signum() < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
