package org.careerpath.search;

import java.util.List;

/**
 * What a search found: one page of hits (titles that match first), how many pages of each kind match in all,
 * and for a search that found nothing, close queries built from the words of the indexed titles.
 *
 * @param kinds every kind with matches and its count, best-ranked kind first
 * @param total how many matches there are of the kind asked for (of every kind when none was asked)
 */
public record SearchResults(
        String query, String kind, List<SearchHit> hits, List<KindCount> kinds, long total, List<String> suggestions) {

    /** A kind of page and how many of them match. */
    public record KindCount(String kind, long count) {}

    static SearchResults empty(String query) {
        return new SearchResults(query, null, List.of(), List.of(), 0, List.of());
    }

    /** Every match, of every kind. */
    public long allMatches() {
        return kinds.stream().mapToLong(KindCount::count).sum();
    }

    /** The hits of one kind, in rank order, for grouping a page by kind. */
    public List<SearchHit> hitsOf(String kind) {
        return hits.stream().filter(h -> h.kind().equals(kind)).toList();
    }
}
