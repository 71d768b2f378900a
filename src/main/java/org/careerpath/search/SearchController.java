package org.careerpath.search;

import org.careerpath.web.PublicPage;
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

    @PublicPage(params = {"q"})
    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String query, Model model) {
        String cleaned = SiteSearch.clean(query);
        model.addAttribute("q", cleaned);
        model.addAttribute("truncated", query != null && query.strip().length() > SiteSearch.MAX_QUERY_LENGTH);
        model.addAttribute("hits", search.search(cleaned));
        return "search/index";
    }
}
