package org.careerpath.search;

import java.util.List;
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

    private static final int MAX_RESULTS = 50;

    /** Marks the matched words in snippets; control characters never occur in the content itself. */
    private static final char START = '\u0002';

    private static final char STOP = '\u0003';

    private static final String SEARCH = """
            with q as (select websearch_to_tsquery('english', :q) as query)
            select d.kind, d.title, d.url,
                   ts_headline('english', d.body, q.query,
                       'StartSel=' || chr(2) || ', StopSel=' || chr(3)
                       || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') as snippet
            from search_document d, q
            where d.document @@ q.query
            order by ts_rank(d.document, q.query) * d.boost desc, d.title
            limit :limit
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

    public List<SearchHit> search(String query) {
        String text = clean(query);
        if (text.isEmpty()) {
            return List.of();
        }
        record Row(String kind, String title, String url, String snippet) {}
        return jdbc.sql(SEARCH).param("q", text).param("limit", MAX_RESULTS).query(Row.class).list().stream()
                .map(row -> new SearchHit(row.kind(), row.title(), row.url(), highlight(row.snippet())))
                .toList();
    }

    /** Escapes everything, then turns the match markers into mark elements. */
    static String highlight(String snippet) {
        return HtmlUtils.htmlEscape(snippet == null ? "" : snippet)
                .replace(String.valueOf(START), "<mark>")
                .replace(String.valueOf(STOP), "</mark>");
    }
}
