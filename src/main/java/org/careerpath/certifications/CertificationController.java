package org.careerpath.certifications;

import java.math.BigDecimal;
import org.careerpath.certifications.CertificationViews.CertificationDetail;
import org.careerpath.certifications.CertificationViews.Filter;
import org.careerpath.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CertificationController {

    private final CertificationService certifications;

    CertificationController(CertificationService certifications) {
        this.certifications = certifications;
    }

    /** Filters are plain query parameters; a value that makes no sense is ignored and said so. */
    @GetMapping("/certifications")
    String index(
            @RequestParam(required = false) String provider,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String maxCost,
            @RequestParam(required = false) String sort,
            Model model) {
        BigDecimal max = parseCost(maxCost);
        boolean badCost = maxCost != null && !maxCost.isBlank() && max == null;
        Filter filter = new Filter(provider, status, max, sort);
        model.addAttribute("filter", filter);
        model.addAttribute("maxCostInput", badCost ? maxCost : (max == null ? "" : max.toPlainString()));
        model.addAttribute("badCost", badCost);
        model.addAttribute("providers", certifications.providers());
        model.addAttribute("statuses", Filter.STATUSES);
        model.addAttribute("certifications", certifications.list(filter));
        return "certifications/index";
    }

    @GetMapping("/certifications/{slug}")
    String show(@PathVariable String slug, Model model) {
        CertificationDetail detail =
                certifications.detail(slug).orElseThrow(() -> new NotFoundException("certification " + slug));
        model.addAttribute("c", detail.certification());
        model.addAttribute("skills", detail.skills());
        model.addAttribute("levels", detail.levels());
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
