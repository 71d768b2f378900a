package org.careerpath.search;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Site search with PostgreSQL full-text search. Any text is a valid query: websearch_to_tsquery never
 * fails on syntax, and the few characters PostgreSQL cannot take are removed first.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    /** Longer queries are cut here: nobody types more, and it bounds the work per request. */
    public static final int MAX_QUERY_LENGTH = 200;

    private static final int MAX_RESULTS = 50;

    /** Marks the matched words in snippets; control characters never occur in the content itself. */
    private static final char START = '\u0002';

    private static final char STOP = '\u0003';

    private static final String SEARCH = """
            with q as (select websearch_to_tsquery('english', :q) as query),
            opts as (select 'StartSel=' || chr(2) || ', StopSel=' || chr(3)
                         || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "' as o)
            select kind, title, url, snippet from (
              select 'Role' as kind, r.title, '/guides/' || r.slug as url,
                     ts_headline('english', r.summary, q.query, opts.o) as snippet,
                     ts_rank(r.search_vector, q.query) * 1.2 as rank
                from role r, q, opts where r.search_vector @@ q.query
              union all
              select 'Guide', r.title || ' guide', '/guides/' || r.slug || '#overview',
                     ts_headline('english', g.overview || ' ' || g.day_in_work, q.query, opts.o),
                     ts_rank(g.search_vector, q.query)
                from role_guide g join role r on r.id = g.role_id, q, opts where g.search_vector @@ q.query
              union all
              select 'Guide section', r.title || ': ' || case e.section
                         when 'responsibility' then 'responsibilities' when 'tool' then 'tools'
                         when 'interview' then 'interview preparation' when 'challenge' then 'challenges'
                         when 'skill-gap' then 'common skill gaps' when 'faq' then 'FAQ' else 'sources' end,
                     '/guides/' || r.slug || '#' || case e.section
                         when 'responsibility' then 'responsibilities' when 'tool' then 'tools'
                         when 'interview' then 'interview' when 'challenge' then 'challenges'
                         when 'skill-gap' then 'skill-gaps' when 'faq' then 'faq' else 'sources' end,
                     ts_headline('english', concat_ws(' ', e.heading, e.body, e.detail), q.query, opts.o),
                     ts_rank(e.search_vector, q.query) * 0.8
                from guide_entry e join role r on r.id = e.role_id, q, opts where e.search_vector @@ q.query
              union all
              select 'Skill', s.name, '/skills/' || s.slug,
                     ts_headline('english', s.description || ' ' || s.why_it_matters, q.query, opts.o),
                     ts_rank(s.search_vector, q.query) * 1.2
                from skill s, q, opts where s.search_vector @@ q.query
              union all
              select 'Certification', c.name, '/certifications/' || c.slug,
                     ts_headline('english', c.summary, q.query, opts.o),
                     ts_rank(c.search_vector, q.query)
                from certification c, q, opts where c.search_vector @@ q.query
            ) hits
            order by rank desc, title
            limit :limit
            """;

    private final JdbcClient jdbc;

    SearchService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A search result; {@code snippetHtml} is escaped HTML with the matches in mark elements. */
    public record Hit(String kind, String title, String url, String snippetHtml) {}

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

    public List<Hit> search(String query) {
        String text = clean(query);
        if (text.isEmpty()) {
            return List.of();
        }
        record Row(String kind, String title, String url, String snippet) {}
        return jdbc.sql(SEARCH).param("q", text).param("limit", MAX_RESULTS).query(Row.class).list().stream()
                .map(row -> new Hit(row.kind(), row.title(), row.url(), highlight(row.snippet())))
                .toList();
    }

    /** Escapes everything, then turns the match markers into mark elements. */
    static String highlight(String snippet) {
        return HtmlUtils.htmlEscape(snippet == null ? "" : snippet)
                .replace(String.valueOf(START), "<mark>")
                .replace(String.valueOf(STOP), "</mark>");
    }
}
