package org.careerpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.careerpath.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The assessment form and results pages are rendered once and shown again with each visitor's own CSRF
 * token; what anyone changes shows on their next request through this instance, and within a moment when it
 * is made straight in the database as another instance would (even while change notices are not heard); one
 * assessment's page is never shown for another.
 */
@PortalIntegrationTest
class PersonalPageCacheTests {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    PersonalPageCache cache;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChangeNotices notices;

    /** A visitor with a browser of their own: their own cookies, so their own CSRF token. */
    private final class Visitor {
        final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET().build());
        }

        HttpResponse<String> post(String path, String form) {
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build());
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
    }

    private static List<String> tokens(String page) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(page);
        while (m.find()) {
            tokens.add(m.group(1));
        }
        return tokens;
    }

    private static String withoutTokens(String page) {
        return TOKEN.matcher(page).replaceAll("name=\"_csrf\" value=\"\"");
    }

    /** Submits the form as this visitor, with every dimension rated 2; answers the results path. */
    private String submit(Visitor visitor, String label) {
        String form = visitor.get("/assessment").body();
        String body = jdbc.sql("select slug from skill where retired_at is null").query(String.class).list().stream()
                .map(s -> "rating-" + s + "=2")
                .collect(Collectors.joining("&"));
        HttpResponse<String> posted = visitor.post(
                "/assessment",
                body + "&target=senior&label=" + URLEncoder.encode(label, StandardCharsets.UTF_8) + "&_csrf="
                        + tokens(form).get(0));
        assertThat(posted.statusCode()).isEqualTo(302);
        return URI.create(posted.headers().firstValue("location").orElseThrow()).getPath();
    }

    @Test
    void everyVisitorGetsTheSamePageWithATokenOfTheirOwnThatWorks() {
        cache.clear();
        Visitor first = new Visitor();
        Visitor second = new Visitor();
        HttpResponse<String> fresh = first.get("/assessment");
        HttpResponse<String> kept = second.get("/assessment");
        assertThat(cache.size()).isEqualTo(1);
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(withoutTokens(kept.body())).isEqualTo(withoutTokens(fresh.body()));
        assertThat(tokens(kept.body())).isNotEmpty().doesNotContainAnyElementsOf(tokens(fresh.body()));
        assertThat(kept.body()).doesNotContain("csrf-");
        // made-up parameters are the same page, kept once; the one the form reads is another
        for (int i = 0; i < 20; i++) {
            assertThat(first.get("/assessment?utm_source=" + i).statusCode()).isEqualTo(200);
        }
        assertThat(cache.size()).isEqualTo(1);
        assertThat(kept.body()).doesNotContain("Your assessment was deleted.");
        assertThat(first.get("/assessment?deleted=1").body()).contains("Your assessment was deleted.");
        assertThat(cache.size()).isEqualTo(2);
        assertThat(kept.headers().firstValue("cache-control")).hasValue("private, no-store");
        assertThat(kept.headers().firstValue("content-security-policy"))
                .isEqualTo(fresh.headers().firstValue("content-security-policy"));
        assertThat(kept.headers().firstValue("content-type"))
                .isEqualTo(fresh.headers().firstValue("content-type"));

        // the kept page's token is the second visitor's: their submit is stored; another's token is refused
        String results = submit(second, "kept form");
        assertThat(second.get(results).statusCode()).isEqualTo(200);
        HttpResponse<String> foreign = new Visitor()
                .post(
                        "/assessment",
                        "target=senior&_csrf=" + tokens(kept.body()).get(0));
        assertThat(foreign.statusCode()).isEqualTo(403);
    }

    @Test
    void aChangeShowsOnTheNextRequestWhereverItWasMade() {
        Visitor owner = new Visitor();
        String results = submit(owner, "Changes show");
        String before = owner.get(results).body();
        assertThat(owner.get(results).body()).isNotEqualTo(before); // a new token each time
        assertThat(withoutTokens(owner.get(results).body())).isEqualTo(withoutTokens(before));
        assertThat(before).contains("☐ Mark done").doesNotContain("☑ Done");

        // ticked through the page: the form in the kept page carries a token the portal accepts
        String page = owner.get(results).body();
        Matcher tick = Pattern.compile("action=\"(/assessment/[^\"]+/checklist/[^\"]+)\"")
                .matcher(page);
        assertThat(tick.find()).isTrue();
        HttpResponse<String> ticked =
                owner.post(tick.group(1), "done=true&_csrf=" + tokens(page).get(0));
        assertThat(ticked.statusCode()).isEqualTo(302);
        assertThat(owner.get(results).body()).contains("☑ Done");

        // ticked straight in the database, as another instance of the portal would
        long id = jdbc.sql("select max(id) from assessment").query(Long.class).single();
        int done = jdbc.sql("select count(*) from checklist_tick where assessment_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        assertThat(tick.find()).isTrue(); // the next item on the list
        String slug = tick.group(1).substring(tick.group(1).lastIndexOf('/') + 1);
        jdbc.sql("insert into checklist_tick (assessment_id, skill_id) select ?, id from skill where slug = ?")
                .params(id, slug)
                .update();
        // the kept page goes when PostgreSQL's change notice arrives, a moment after the commit
        assertThat(countOf(pageWithin(owner, results, Duration.ofSeconds(2), done + 1), "☑ Done"))
                .isEqualTo(done + 1);
    }

    @Test
    void whileChangeNoticesAreNotHeardAChangeStillShowsOnTheNextRequest() {
        Visitor owner = new Visitor();
        String results = submit(owner, "Notices down");
        String page = owner.get(results).body();
        owner.get(results); // kept
        Matcher tick = Pattern.compile("action=\"(/assessment/[^\"]+/checklist/([^\"/]+))\"")
                .matcher(page);
        assertThat(tick.find()).isTrue();
        long id = jdbc.sql("select max(id) from assessment").query(Long.class).single();
        notices.stop();
        try {
            assertThat(notices.listening()).isFalse();
            jdbc.sql("insert into checklist_tick (assessment_id, skill_id) select ?, id from skill where slug = ?")
                    .params(id, tick.group(2))
                    .update();
            // no notice can arrive: the page is checked against the assessment's change counter instead
            assertThat(countOf(owner.get(results).body(), "☑ Done")).isEqualTo(1);
        } finally {
            notices.start();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!notices.listening() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(notices.listening()).as("listening again").isTrue();
        assertThat(countOf(owner.get(results).body(), "☑ Done")).isEqualTo(1);
    }

    /** The page once it shows {@code done} ticks, or as it is when the time is up. */
    private String pageWithin(Visitor visitor, String path, Duration time, int done) {
        long deadline = System.nanoTime() + time.toNanos();
        String body = visitor.get(path).body();
        while (countOf(body, "☑ Done") != done && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            body = visitor.get(path).body();
        }
        return body;
    }

    @Test
    void oneAssessmentsPageIsNeverShownForAnother() {
        Visitor ana = new Visitor();
        Visitor ben = new Visitor();
        String anasResults = submit(ana, "Ana’s assessment");
        String bensResults = submit(ben, "Ben’s assessment");
        for (int i = 0; i < 2; i++) {
            assertThat(ana.get(anasResults).body()).contains("Ana’s assessment").doesNotContain("Ben’s");
            assertThat(ben.get(bensResults).body()).contains("Ben’s assessment").doesNotContain("Ana’s");
            // whoever holds a link sees that assessment, whoever they are; without it, nothing
            assertThat(ben.get(anasResults).body()).contains("Ana’s assessment");
        }
        // the same link with its last character changed (to one it does not already end in)
        char last = anasResults.charAt(anasResults.length() - 1);
        assertThat(ana.get(anasResults.substring(0, anasResults.length() - 1) + (last == 'A' ? 'B' : 'A'))
                        .statusCode())
                .isEqualTo(404);
        // the read-only view of a kept owner's page has no forms to change anything
        String shared =
                ana.get(anasResults).body().replaceAll("(?s).*id=\"share-link\"[^>]*value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> viewer = new Visitor().get(URI.create(shared).getPath());
        assertThat(viewer.statusCode()).isEqualTo(200);
        assertThat(viewer.body()).contains("Ana’s assessment").doesNotContain("/checklist/");
    }

    private static int countOf(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
