package org.careerpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.careerpath.support.PortalIntegrationTest;
import org.careerpath.web.ContentVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a client of the API notices: conditional GETs, problem details, CORS, and search that finds things. */
@PortalIntegrationTest
class ApiBehaviourTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ContentVersion version;

    private final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(request(path));
    }

    JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + "\n" + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void anETagAnswersNotModifiedUntilTheContentChanges() throws Exception {
        HttpResponse<String> first = get("/api/v1/levels/staff");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"v\\d+-[0-9a-f]+\"");
        assertThat(first.headers().firstValue("CareerPath-Content-Version")).hasValue(Long.toString(version.current()));
        assertThat(first.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).startsWith("public"));

        HttpResponse<String> again = send(request("/api/v1/levels/staff").header("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);

        HttpResponse<String> other = send(request("/api/v1/levels/senior").header("If-None-Match", etag));
        assertThat(other.statusCode())
                .as("another resource's tag does not match")
                .isEqualTo(200);

        version.bump();
        HttpResponse<String> changed = send(request("/api/v1/levels/staff").header("If-None-Match", etag));
        assertThat(changed.statusCode())
                .as("a new content version makes the old tag stale")
                .isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(JSON.readTree(changed.body()).path("level").path("slug").asText())
                .isEqualTo("staff");
    }

    record Case(String address, String method, String header, int status, String kind, String parameter) {}

    @Test
    void everyKindOfErrorIsProblemDetailsNamingWhatWasWrong() throws Exception {
        List<Case> cases = List.of(
                new Case("/api/v1/levels?size=500", "GET", null, 400, "bad-parameter", "size"),
                new Case("/api/v1/levels?page=-1", "GET", null, 400, "bad-parameter", "page"),
                new Case("/api/v1/levels?sort=salary", "GET", null, 400, "bad-parameter", "sort"),
                new Case("/api/v1/levels?size=ten", "GET", null, 400, "bad-parameter", "size"),
                new Case("/api/v1/dimensions?kind=magic", "GET", null, 400, "bad-parameter", "kind"),
                new Case("/api/v1/certifications?status=a%00b", "GET", null, 400, "bad-parameter", "status"),
                new Case("/api/v1/search?q=" + "x".repeat(5_000), "GET", null, 400, "bad-parameter", "q"),
                new Case("/api/v1/salaries?location=Atlantis", "GET", null, 400, "bad-parameter", "location"),
                new Case("/api/v1/levels?colour=blue", "GET", null, 400, "unknown-parameter", "colour"),
                new Case("/api/v1/levels/staff", "GET", "W/garbage", 400, "bad-header", "If-None-Match"),
                new Case("/api/v1/levels/wizard", "GET", null, 404, "not-found", null),
                new Case("/api/v1/no-such-thing", "GET", null, 404, "not-found", null),
                new Case("/api/v1/levels", "POST", null, 405, "method-not-allowed", null),
                new Case("/api/v1/levels/staff", "DELETE", null, 405, "method-not-allowed", null),
                new Case("/api/v1/levels/staff", "GET", "text/html", 406, "not-acceptable", null),
                new Case("/api/v1/no-such-thing?x=1", "GET", null, 404, "not-found", null));
        for (Case c : cases) {
            HttpRequest.Builder request = request(c.address()).method(c.method(), HttpRequest.BodyPublishers.noBody());
            if (c.header() != null && c.header().contains("/html")) {
                request.header("Accept", c.header());
            } else if (c.header() != null) {
                request.header("If-None-Match", c.header());
            }
            HttpResponse<String> response = send(request);
            String what = c.method() + " "
                    + c.address().substring(0, Math.min(60, c.address().length()));
            assertThat(response.statusCode()).as(what + "\n" + response.body()).isEqualTo(c.status());
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(what)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.path("type").asText()).as(what).endsWith("/api#problem-" + c.kind());
            assertThat(problem.path("status").asInt()).isEqualTo(c.status());
            assertThat(problem.path("title").asText()).isNotBlank();
            assertThat(problem.path("detail").asText()).isNotBlank();
            if (c.parameter() != null) {
                assertThat(problem.path("parameter").asText()).as(what).isEqualTo(c.parameter());
            }
        }
        // every kind's type is explained on /api
        String page = get("/api").body();
        for (String kind : List.of(
                "bad-parameter",
                "unknown-parameter",
                "bad-header",
                "not-found",
                "method-not-allowed",
                "too-many-requests")) {
            assertThat(page).contains("id=\"problem-" + kind + "\"");
        }
    }

    @Test
    void corsAllowsGetFromAnyOriginAndNothingElse() throws Exception {
        HttpResponse<String> preflight = send(request("/api/v1/levels")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://hr-tool.example")
                .header("Access-Control-Request-Method", "GET"));
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValue("GET,HEAD");

        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            HttpResponse<String> refused = send(request("/api/v1/levels")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://hr-tool.example")
                    .header("Access-Control-Request-Method", method));
            assertThat(refused.statusCode()).as(method).isEqualTo(403);
            assertThat(refused.headers().firstValue("Access-Control-Allow-Origin"))
                    .as(method)
                    .isEmpty();
        }
        for (int i = 0; i < 2; i++) { // made afresh, then served from memory
            HttpResponse<String> read = send(request("/api/v1/tracks").header("Origin", "https://hr-tool.example"));
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        }
        assertThat(get("/").headers().firstValue("Access-Control-Allow-Origin"))
                .as("the site's pages are not shared")
                .isEmpty();
    }

    List<String> urls(JsonNode search) {
        List<String> urls = new ArrayList<>();
        search.path("hits").path("items").forEach(h -> urls.add(h.path("url").asText()));
        return urls;
    }

    @Test
    void searchFindsEveryKindOfPage() throws Exception {
        assertThat(urls(json("/api/v1/search?q=SFIA&size=100"))).contains("/ladder");
        JsonNode staffSalary = json("/api/v1/search?q=staff%20salary");
        assertThat(urls(staffSalary).get(0)).isEqualTo("/salaries#level-staff");
        assertThat(urls(json("/api/v1/search?q=Principal%20ML%20Engineer")).get(0))
                .as("a title match comes first")
                .isIn("/levels/principal", "/guides/principal-ml-engineer");
        assertThat(urls(json("/api/v1/search?q=Principal%20ML%20Engineer&kind=Level"))
                        .get(0))
                .isEqualTo("/levels/principal");
        assertThat(urls(json("/api/v1/search?q=Bureau%20of%20Labor%20Statistics&kind=Source&size=100")))
                .anyMatch(u -> u.startsWith("/sources#bls-"));
        assertThat(urls(json("/api/v1/search?q=methodology"))).contains("/methodology");
        assertThat(urls(json("/api/v1/search?q=lateral%20move&size=100")))
                .anyMatch(u -> u.startsWith("/careers/moves"));

        JsonNode kinds = json("/api/v1/search?q=monitoring&size=5");
        long counted = 0;
        for (JsonNode k : kinds.path("kinds")) {
            counted += k.path("count").asLong();
        }
        assertThat(kinds.path("kinds").size()).as("results are grouped by kind").isGreaterThan(1);
        assertThat(kinds.path("hits").path("total").asLong()).isEqualTo(counted);
        assertThat(kinds.path("hits").path("items").size()).isEqualTo(5);

        assertThat(urls(json("/api/v1/search?q=mon%C3%AEtoring")))
                .as("accents are ignored")
                .isEqualTo(urls(json("/api/v1/search?q=monitoring")));
        assertThat(urls(json("/api/v1/search?q=monitored")))
                .as("words match by their stem")
                .isNotEmpty();
    }

    @Autowired
    org.careerpath.support.Editors editors;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void publishingAnEditReindexesWhatItChanged() throws Exception {
        long id = jdbc.sql("select id from source where slug = 'sfia-9'")
                .query(Long.class)
                .single();
        String method = jdbc.sql("select method_note from source where id = ?")
                .param(id)
                .query(String.class)
                .single();
        try {
            assertThat(json("/api/v1/search?q=quokkastatistics")
                            .path("hits")
                            .path("total")
                            .asLong())
                    .isZero();
            String draft = editors.draft(
                    port,
                    "/admin/sources/" + id + "/edit",
                    java.util.Map.of("methodNote", method + " Quokkastatistics."));
            editors.publish(port, draft);
            List<String> found = List.of();
            for (int i = 0; i < 40 && found.isEmpty(); i++) {
                found = urls(json("/api/v1/search?q=quokkastatistics"));
                if (found.isEmpty()) {
                    Thread.sleep(50);
                }
            }
            assertThat(found).containsExactly("/sources#sfia-9");
        } finally {
            jdbc.sql("update source set method_note = ? where id = ?")
                    .params(method, id)
                    .update();
            version.bump();
        }
    }

    @Test
    void aSearchThatFindsNothingSuggestsCloseTerms() throws Exception {
        JsonNode none = json("/api/v1/search?q=monitring");
        assertThat(none.path("hits").path("total").asLong()).isZero();
        List<String> suggestions = new ArrayList<>();
        none.path("suggestions").forEach(s -> suggestions.add(s.asText()));
        assertThat(suggestions).contains("monitoring");
        assertThat(urls(json("/api/v1/search?q=" + suggestions.get(suggestions.indexOf("monitoring")))))
                .isNotEmpty();

        String page = get("/search?q=monitring").body();
        assertThat(page).contains("Did you mean").contains("href=\"/search?q=monitoring\"");
    }

    @Test
    void salariesCarryEachFiguresStatisticBasisSourceAndTheComputedBandsTheirN() throws Exception {
        JsonNode report = json("/api/v1/salaries?level=senior");
        assertThat(report.path("filters").path("level").asText()).isEqualTo("senior");
        assertThat(report.path("computedBands").size()).isPositive();
        for (JsonNode band : report.path("computedBands")) {
            assertThat(band.path("computed").asBoolean()).isTrue();
            assertThat(band.path("n").asInt())
                    .isGreaterThanOrEqualTo(report.path("minimumSampleSize").asInt());
        }
        List<String> cited = new ArrayList<>();
        report.path("sources").forEach(s -> cited.add(s.path("slug").asText()));
        for (JsonNode level : report.path("levels")) {
            for (JsonNode figure : level.path("figures")) {
                assertThat(figure.path("statistic").asText()).isNotBlank();
                assertThat(figure.path("basis").asText()).isNotBlank();
                assertThat(cited).contains(figure.path("source").path("slug").asText());
            }
        }
    }

    @Test
    void theApiPagesExplainItInTheSiteLayout() throws Exception {
        HttpResponse<String> about = get("/api");
        assertThat(about.statusCode()).isEqualTo(200);
        assertThat(about.body())
                .contains("class=\"brand\"")
                .contains("curl ")
                .contains("CC0")
                .contains("429");
        HttpResponse<String> reference = get("/api/reference");
        assertThat(reference.statusCode()).isEqualTo(200);
        assertThat(reference.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp -> assertThat(csp).contains("default-src 'self'").doesNotContain("unsafe-inline"));
        JsonNode document = JSON.readTree(get("/v3/api-docs").body());
        document.path("paths")
                .fieldNames()
                .forEachRemaining(path -> assertThat(reference.body()).contains("GET " + path));
        document.path("components")
                .path("schemas")
                .fieldNames()
                .forEachRemaining(schema -> assertThat(reference.body()).contains("id=\"schema-" + schema + "\""));
    }
}
