package org.careerpath.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.careerpath.support.FormFill;
import org.careerpath.support.Portal;
import org.careerpath.support.TestDatabase;
import org.careerpath.support.WebClient;
import org.careerpath.web.ContentVersion;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the portal on one new PostgreSQL database, started at the same moment, as a load
 * balancer would run them: nothing one instance needs lives only in the other's memory.
 */
class MultiInstanceTests {

    private static final String DATABASE = "careerpath_two_instances";
    private static String url;
    private static Portal a;
    private static Portal b;

    @BeforeAll
    static void startTwoInstancesAtOnce() {
        url = TestDatabase.createDatabase(DATABASE);
        TestDatabase.Server server = TestDatabase.server();
        String[] settings = {
            "careerpath.rate-limits.limits.lookup.capacity=5",
            "careerpath.rate-limits.limits.lookup.period=1h",
            "careerpath.rate-limits.limits.api.capacity=4",
            "careerpath.rate-limits.limits.api.period=1h",
            // as behind the load balancer of docker-compose.yml
            "server.forward-headers-strategy=framework"
        };
        var first =
                CompletableFuture.supplyAsync(() -> Portal.start(url, server.username(), server.password(), settings));
        var second =
                CompletableFuture.supplyAsync(() -> Portal.start(url, server.username(), server.password(), settings));
        a = first.join();
        b = second.join();
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    private static long count(String sql) throws Exception {
        TestDatabase.Server server = TestDatabase.server();
        try (var connection = DriverManager.getConnection(url, server.username(), server.password());
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(String sql) throws Exception {
        TestDatabase.Server server = TestDatabase.server();
        try (var connection = DriverManager.getConnection(url, server.username(), server.password());
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void bothStartTogetherAndTheMigrationsRanOnce() throws Exception {
        long migrations = count("select count(*) from flyway_schema_history where version is not null");
        assertThat(migrations).isGreaterThanOrEqualTo(20);
        assertThat(count("select count(*) from flyway_schema_history where not success"))
                .isZero();
        assertThat(count("select count(distinct version) from flyway_schema_history where version is not null"))
                .isEqualTo(migrations);
        assertThat(a.get("/ladder").statusCode()).isEqualTo(200);
        assertThat(b.get("/ladder").statusCode()).isEqualTo(200);
    }

    @Test
    void aFormFetchedFromOneInstanceIsAcceptedByTheOther() throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        long before = count("select count(*) from assessment");
        String page = browser.send(
                        HttpRequest.newBuilder(a.uri("/assessment")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        var form = Jsoup.parse(page).selectFirst("form[method=post][action=/assessment]");
        HttpResponse<String> posted = browser.send(
                HttpRequest.newBuilder(b.uri("/assessment"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(FormFill.body(form)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as("B accepts A's CSRF token").isIn(302, 303);
        String result = posted.headers().firstValue("Location").orElseThrow();
        assertThat(count("select count(*) from assessment")).isEqualTo(before + 1);
        assertThat(a.get(result).statusCode()).isEqualTo(200);
        assertThat(b.get(result).statusCode()).isEqualTo(200);
        assertThat(count("select count(*) from spring_session"))
                .as("anonymous visitors get no server session")
                .isZero();

        // B keeps the results page; a tick made through A shows on B within a moment (a change notice)
        String kept = b.get(result).body();
        assertThat(b.get(result).body()).doesNotContain("☑ Done");
        var tick = Jsoup.parse(kept).selectFirst("form[method=post][action*=/checklist/]");
        assertThat(tick).as("a checklist item to tick").isNotNull();
        HttpResponse<String> ticked = browser.send(
                HttpRequest.newBuilder(a.uri(tick.attr("action")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(FormFill.body(Jsoup.parse(browser.send(
                                                HttpRequest.newBuilder(a.uri(result))
                                                        .build(),
                                                HttpResponse.BodyHandlers.ofString())
                                        .body())
                                .selectFirst("form[method=post][action=" + tick.attr("action") + "]"))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ticked.statusCode()).isIn(302, 303);
        assertThat(a.get(result).body()).as("A at once").contains("☑ Done");
        Instant changed = Instant.now();
        String seen = b.get(result).body();
        while (!seen.contains("☑ Done")
                && Duration.between(changed, Instant.now()).toMillis() < 2000) {
            Thread.sleep(20);
            seen = b.get(result).body();
        }
        assertThat(seen).as("B within 2 s").contains("☑ Done");
    }

    @Test
    void contentPublishedOnOneInstanceIsServedByTheOtherWithinTwoSeconds() throws Exception {
        assertThat(b.get("/levels/principal").body()).doesNotContain("Principal (renamed)");
        // what the editor's publish does: change the content, then bump the version, in A
        execute("update career_level set name = 'Principal (renamed)' where slug = 'principal'");
        a.bean(ContentVersion.class).bump();
        Instant published = Instant.now();
        String body = "";
        while (Duration.between(published, Instant.now()).compareTo(Duration.ofSeconds(2)) < 0) {
            body = b.get("/levels/principal").body();
            if (body.contains("Principal (renamed)")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(body).as("B shows A's publish within 2 s").contains("Principal (renamed)");
    }

    @Test
    void anEditorSignedInOnOneInstanceWorksOnTheOtherAndAPublishThereReachesBoth() throws Exception {
        String hash = "{bcrypt}"
                + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                        .encode("a long enough passphrase");
        execute("insert into editor_account (email, display_name, password_hash, role) values"
                + " ('two-instances@example.test', 'Two Instances', '" + hash + "', 'ADMIN')");
        WebClient onA = new WebClient(a.port());
        assertThat(onA.signIn("two-instances@example.test", "a long enough passphrase")
                        .statusCode())
                .isEqualTo(302);
        String session = onA.session().orElseThrow();
        assertThat(count("select count(*) from spring_session"))
                .as("the editor's session, in PostgreSQL")
                .isOne();
        WebClient onB = new WebClient(b.port());
        onB.holdSession(session);
        assertThat(onB.get("/admin").statusCode()).as("B knows A's session").isEqualTo(200);

        // edited and saved on A, published on B, shown by A within 2 s
        long id = count("select id from certification where slug = 'azure-ai-engineer-associate'");
        java.util.Map<String, String> fields =
                onA.formFields("/admin/certifications/" + id + "/edit", "form[action$=/edit]");
        fields.put("name", "Azure AI Engineer (edited on A)");
        var saved =
                onA.submit("/admin/certifications/" + id + "/edit", "/admin/certifications/" + id + "/edit", fields);
        String draft = WebClient.location(saved);
        assertThat(draft).contains("/admin/certifications/drafts/");
        String draftPath = java.net.URI.create(draft).getPath();
        onB.holdSession(session);
        assertThat(onB.submit(draftPath, draftPath + "/publish", java.util.Map.of())
                        .statusCode())
                .isEqualTo(302);
        Instant published = Instant.now();
        String body = a.get("/certifications/azure-ai-engineer-associate").body();
        while (!body.contains("(edited on A)")
                && Duration.between(published, Instant.now()).toMillis() < 2000) {
            Thread.sleep(50);
            body = a.get("/certifications/azure-ai-engineer-associate").body();
        }
        assertThat(body).as("A shows B's publish within 2 s").contains("(edited on A)");
    }

    @Test
    void aRateLimitIsSharedByBothInstances() {
        for (int i = 0; i < 5; i++) {
            Portal instance = i % 2 == 0 ? a : b;
            assertThat(instance.get("/assessment/no-such-link-" + i).statusCode())
                    .isEqualTo(404);
        }
        for (Portal instance : List.of(a, b)) {
            HttpResponse<String> refused = instance.get("/assessment/no-such-link-x");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After"))
                    .hasValueSatisfying(
                            seconds -> assertThat(Long.parseLong(seconds)).isPositive());
            assertThat(refused.body()).contains("Please slow down").contains("class=\"brand\"");
        }
    }

    private static HttpResponse<String> api(Portal instance, String path) {
        return instance.send(HttpRequest.newBuilder(instance.uri(path)).header("Accept", "application/json"));
    }

    @Test
    void theApiLimitIsSharedByBothInstancesAndAnsweredAsProblemDetails() {
        for (int i = 1; i <= 4; i++) { // each a new address, so each response is made afresh
            Portal instance = i % 2 == 0 ? a : b;
            assertThat(api(instance, "/api/v1/levels?size=" + i).statusCode()).isEqualTo(200);
        }
        for (Portal instance : List.of(a, b)) {
            HttpResponse<String> refused = api(instance, "/api/v1/levels?size=9");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.headers().firstValue("Retry-After"))
                    .hasValueSatisfying(
                            seconds -> assertThat(Long.parseLong(seconds)).isPositive());
            assertThat(refused.body())
                    .contains("/api#problem-too-many-requests")
                    .contains("\"status\":429");
        }
        assertThat(api(b, "/api/v1/levels?size=1").statusCode())
                .as("an answer already held in memory costs nothing")
                .isEqualTo(200);
    }

    @Test
    void behindATlsProxyCookiesAreSecureAndHstsIsSent() {
        HttpResponse<String> proxied =
                a.send(HttpRequest.newBuilder(a.uri("/assessment")).header("X-Forwarded-Proto", "https"));
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(proxied.headers().allValues("Set-Cookie"))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("Secure"));
        HttpResponse<String> direct = a.send(HttpRequest.newBuilder(a.uri("/assessment")));
        assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(direct.headers().allValues("Set-Cookie"))
                .isNotEmpty()
                .noneSatisfy(cookie -> assertThat(cookie).contains("Secure"));
    }
}
