package org.careerpath.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Site search with PostgreSQL full-text search over the search index (JdbcClient: JPA has no full-text
 * search). Any text is a valid query: websearch_to_tsquery never fails on syntax, and the few characters
 * PostgreSQL cannot take are removed first.
 */
@Service
@Transactional(readOnly = true)
public class SiteSearch {

    /** Longer queries are cut here: nobody types more, and it bounds the work per request. */
    public static final int MAX_QUERY_LENGTH = 200;

    /** Hits per page on the site; the API chooses its own. */
    public static final int PAGE = 50;

    /** Marks the matched words in snippets; control characters never occur in the content itself. */
    private static final char START = '\u0002';

    private static final char STOP = '\u0003';

    /** Pages whose title matches come before those where only the body does; then by rank. */
    private static final String SEARCH = """
            with q as (select websearch_to_tsquery('careerpath', :q) as query)
            select d.kind, d.title, d.url,
                   ts_headline('careerpath', d.body, q.query,
                       'StartSel=' || chr(2) || ', StopSel=' || chr(3)
                       || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') as snippet
            from search_document d, q
            where d.document @@ q.query and (cast(:kind as text) is null or d.kind = cast(:kind as text))
            order by (d.title_document @@ q.query) desc, ts_rank(d.document, q.query) * d.boost desc, d.title, d.url
            limit :limit offset :offset
            """;

    private static final String KINDS = """
            with q as (select websearch_to_tsquery('careerpath', :q) as query)
            select d.kind, count(*) as count
            from search_document d, q
            where d.document @@ q.query
            group by d.kind
            order by max(case when d.title_document @@ q.query then 1 else 0 end) desc,
                     max(ts_rank(d.document, q.query) * d.boost) desc, d.kind
            """;

    /** The indexed title words closest to a word (pg_trgm's similarity, above its default threshold). */
    private static final String CLOSE = """
            select term from search_term
            where term % lower(unaccent(:word))
            order by similarity(term, lower(unaccent(:word))) desc, term
            limit 3
            """;

    private final JdbcClient jdbc;

    SiteSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The query as it will be searched: trimmed, without control characters, at most MAX_QUERY_LENGTH. */
    public static String clean(String query) {
        if (query == null) {
            return "";
        }
        String text = query.replaceAll("[\\p{Cntrl}\\p{Cs}]", " ").strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            text = text.substring(0, MAX_QUERY_LENGTH);
        }
        return text;
    }

    /** The first page of hits of every kind. */
    public SearchResults search(String query) {
        return search(query, null, 0, PAGE);
    }

    /**
     * One page of hits, of one kind or all ({@code kind} null), with the count of every kind and, when nothing
     * matches, suggestions.
     */
    public SearchResults search(String query, String kind, int offset, int limit) {
        String text = clean(query);
        if (text.isEmpty()) {
            return SearchResults.empty(text);
        }
        List<SearchResults.KindCount> kinds = jdbc.sql(KINDS)
                .param("q", text)
                .query(SearchResults.KindCount.class)
                .list();
        record Row(String kind, String title, String url, String snippet) {}
        List<SearchHit> hits = jdbc
                .sql(SEARCH)
                .param("q", text)
                .param("kind", kind)
                .param("limit", limit)
                .param("offset", offset)
                .query(Row.class)
                .list()
                .stream()
                .map(row -> new SearchHit(row.kind(), row.title(), row.url(), highlight(row.snippet())))
                .toList();
        long total = kinds.stream()
                .filter(k -> kind == null || k.kind().equals(kind))
                .mapToLong(SearchResults.KindCount::count)
                .sum();
        List<String> suggestions = kinds.isEmpty() ? suggestions(text) : List.of();
        return new SearchResults(text, kind, hits, kinds, total, suggestions);
    }

    /** The kinds of page the index holds. */
    public List<String> kinds() {
        return jdbc.sql("select distinct kind from search_document order by kind")
                .query(String.class)
                .list();
    }

    /** Queries like this one with a word that matches nothing replaced by a close word of the titles. */
    private List<String> suggestions(String text) {
        List<String> words = List.of(text.split("[^\\p{L}\\p{N}]+"));
        Set<String> suggestions = new LinkedHashSet<>();
        for (String word : words) {
            if (word.length() < 3 || word.length() > 100) {
                continue;
            }
            List<String> close =
                    jdbc.sql(CLOSE).param("word", word).query(String.class).list();
            for (String term : close) {
                if (!term.equalsIgnoreCase(word)) {
                    suggestions.add(text.replace(word, term));
                }
            }
            if (suggestions.size() >= 3) {
                break;
            }
        }
        return suggestions.stream().limit(3).toList();
    }

    /** Escapes everything, then turns the match markers into mark elements. */
    static String highlight(String snippet) {
        return HtmlUtils.htmlEscape(snippet == null ? "" : snippet)
                .replace(String.valueOf(START), "<mark>")
                .replace(String.valueOf(STOP), "</mark>");
    }
}
