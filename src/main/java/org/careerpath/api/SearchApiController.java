package org.careerpath.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.careerpath.search.SearchResults;
import org.careerpath.search.SiteSearch;
import org.careerpath.web.PublicPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(Api.BASE)
@Tag(name = "Search", description = "Full-text search over every public page.")
class SearchApiController {

    @Schema(description = "A page that matches.")
    record Hit(
            @Schema(example = "Level") String kind,

            @Schema(example = "Staff Machine Learning Engineer")
            String title,

            @Schema(example = "/levels/staff") String url,

            @Schema(
                    description = "Escaped HTML: the text around the match, matched words in mark elements.",
                    example = "Sets the <mark>technical</mark> direction of several teams")
            String snippetHtml) {}

    @Schema(description = "How many pages of one kind match.")
    record KindCount(
            @Schema(example = "Level") String kind,
            @Schema(example = "3") long count) {}

    @Schema(description = "One page of what a search found, the count of every kind, and suggestions.")
    record SearchPage(
            @Schema(description = "The query as searched.", example = "staff salary")
            String query,

            @Schema(description = "The kind asked for, if any.", example = "Pay", nullable = true)
            String kind,

            @Schema(description = "Every kind with matches and its count, best-ranked kind first.")
            List<KindCount> kinds,

            @Schema(description = "Titles that match come first, then by rank.")
            ApiPage<Hit> hits,

            @Schema(
                    description = "For a query that finds nothing: close queries from the words of the titles.",
                    example = "[\"monitoring\"]")
            List<String> suggestions) {}

    private final SiteSearch search;

    SearchApiController(SiteSearch search) {
        this.search = search;
    }

    @Operation(summary = "Search every public page", operationId = "search")
    @PublicPage(
            params = {"q", "kind", "page", "size"},
            strict = true)
    @GetMapping("/search")
    SearchPage search(
            @Parameter(
                            description =
                                    "Words to find (stemmed, accents ignored; \"quotes\" for a phrase, - to exclude).",
                            example = "staff salary",
                            required = true)
                    @RequestParam(required = false)
                    String q,
            @Parameter(description = "Only pages of this kind (as listed in kinds).", example = "Pay")
                    @RequestParam(required = false)
                    String kind,
            @Parameter(description = "The page, from 0.", example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Items per page, 1 to 100.", example = "20") @RequestParam(required = false)
                    Integer size) {
        if (q == null || q.isBlank()) {
            throw ApiProblem.badParameter("q", "q is required: the words to search for.");
        }
        if (q.length() > SiteSearch.MAX_QUERY_LENGTH) {
            throw ApiProblem.badParameter(
                    "q",
                    "q may have at most " + SiteSearch.MAX_QUERY_LENGTH + " characters; it had " + q.length() + ".");
        }
        String only = kind == null || kind.isBlank() ? null : kind.strip();
        if (only != null && !search.kinds().contains(only)) {
            throw ApiProblem.badParameter(
                    "kind",
                    "kind must be one of " + String.join(", ", search.kinds()) + "; it was “" + Api.shorten(kind)
                            + "”.");
        }
        ApiPage.Window shape = ApiPage.Window.of(page, size);
        SearchResults results = search.search(q, only, shape.offset(), shape.size());
        List<Hit> hits = results.hits().stream()
                .map(h -> new Hit(h.kind(), h.title(), h.url(), h.snippetHtml()))
                .toList();
        int pages = (int) ((results.total() + shape.size() - 1) / shape.size());
        return new SearchPage(
                results.query(),
                only,
                results.kinds().stream()
                        .map(k -> new KindCount(k.kind(), k.count()))
                        .toList(),
                new ApiPage<>(hits, shape.page(), shape.size(), results.total(), pages, "rank"),
                results.suggestions());
    }
}
