package org.careerpath.search;

import jakarta.servlet.http.HttpServletResponse;
import org.careerpath.web.PublicPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchController {

    private final SiteSearch search;

    SearchController(SiteSearch search) {
        this.search = search;
    }

    @PublicPage(params = {"q", "kind"})
    @GetMapping("/search")
    String search(
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "kind", required = false) String kind,
            HttpServletResponse response,
            Model model) {
        String cleaned = SiteSearch.clean(query);
        String only = kind == null || kind.isBlank() ? null : kind.strip();
        if (only != null && !search.kinds().contains(only)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "kindError",
                    "There are no pages of the kind “" + (only.length() > 40 ? only.substring(0, 40) + "…" : only)
                            + "”; showing every kind.");
            only = null;
        }
        model.addAttribute("q", cleaned);
        model.addAttribute("truncated", query != null && query.strip().length() > SiteSearch.MAX_QUERY_LENGTH);
        model.addAttribute("results", search.search(cleaned, only, 0, SiteSearch.PAGE));
        return "search/index";
    }
}
