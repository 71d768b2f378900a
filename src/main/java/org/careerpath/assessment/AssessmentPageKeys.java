package org.careerpath.assessment;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerpath.web.PersonalPageKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The assessment pages that are rendered once and shown again (see {@link
 * org.careerpath.web.PersonalPageCache}): the empty form, and the results behind an owner's or a read-only
 * link, addressed by the link's hash and dropped when the assessment changes (the results pages read no query
 * parameter). Drafts, edits and mentors' pages are always rendered afresh.
 */
@Component
class AssessmentPageKeys implements PersonalPageKeys {

    private static final String BY_OWNER = "select id, changes from assessment where owner_token_hash = ?";
    private static final String BY_SHARE = "select id, changes from assessment where share_token_hash = ?";
    private static final Pattern CHANGE = Pattern.compile("/assessment/([^/]+)/.+");
    private static final Pattern RESULTS = Pattern.compile("/assessment/(shared/)?([^/]+)");

    private final JdbcClient jdbc;

    AssessmentPageKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Page> page(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.equals("/assessment")) {
            // the form reads one parameter: whether to say that an assessment was just deleted
            return Optional.of(Page.fixed(
                    request.getParameter("deleted") == null ? "assessment form" : "assessment form deleted"));
        }
        Matcher matcher = RESULTS.matcher(path);
        if (!matcher.matches() || !Tokens.wellFormed(matcher.group(2))) {
            return Optional.empty();
        }
        boolean shared = matcher.group(1) != null;
        byte[] hash = Tokens.hash(matcher.group(2));
        // the address names the link by its hash; the stamp is one plain statement, asked only when the page
        // is not kept (or while change notices are not heard)
        return Optional.of(new Page(
                (shared ? "shared " : "results ") + HexFormat.of().formatHex(hash),
                () -> jdbc.sql(shared ? BY_SHARE : BY_OWNER)
                        .param(hash)
                        .query((row, n) -> new Stamp(row.getLong(1), row.getLong(2)))
                        .optional()));
    }

    @Override
    public Optional<String> changedBy(HttpServletRequest request) {
        Matcher matcher = CHANGE.matcher(request.getRequestURI());
        if (!matcher.matches() || !Tokens.wellFormed(matcher.group(1))) {
            return Optional.empty();
        }
        return Optional.of("results " + HexFormat.of().formatHex(Tokens.hash(matcher.group(1))));
    }
}
