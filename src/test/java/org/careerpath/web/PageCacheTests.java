package org.careerpath.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careerpath.support.Csrf.csrf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.careerpath.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Public pages are served from memory exactly as rendered; personal pages never are. */
@PortalIntegrationTest
class PageCacheTests {

    @LocalServerPort
    int port;

    @Autowired
    PageCacheFilter pageCache;

    @Autowired
    ContentVersion contentVersion;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The headers that must be the same on every response for the same page (Date and the like vary). */
    private static Map<String, List<String>> stable(HttpHeaders headers) {
        Map<String, List<String>> kept = new TreeMap<>(headers.map());
        kept.remove("date");
        kept.remove("keep-alive");
        kept.remove("connection");
        return kept;
    }

    private static String gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aKeptPageHasTheSameBytesAndHeadersAsAFreshOne() throws Exception {
        for (String path :
                List.of("/guides/senior-ml-engineer", "/salaries?location=GB", "/ladder", "/skills/matrix.csv")) {
            for (String encoding : List.of("gzip", "identity")) {
                pageCache.clear();
                HttpResponse<byte[]> fresh = get(path, "Accept-Encoding", encoding);
                HttpResponse<byte[]> kept = get(path, "Accept-Encoding", encoding);

                assertThat(fresh.statusCode()).as(path).isEqualTo(200);
                assertThat(kept.statusCode()).as(path).isEqualTo(200);
                assertThat(kept.body()).as("%s, %s", path, encoding).isEqualTo(fresh.body());
                assertThat(stable(kept.headers())).as("%s, %s", path, encoding).isEqualTo(stable(fresh.headers()));
                assertThat(fresh.headers().firstValue("content-security-policy"))
                        .as(path)
                        .isPresent();
                assertThat(fresh.headers().firstValue("cache-control"))
                        .hasValue("public, max-age=300, stale-while-revalidate=86400");
                assertThat(fresh.headers().firstValue("vary")).hasValue("Accept-Encoding");
                assertThat(fresh.headers().firstValue("etag"))
                        .hasValueSatisfying(tag -> assertThat(tag).startsWith("\"v"));
                if (encoding.equals("gzip")) {
                    assertThat(fresh.headers().firstValue("content-encoding")).hasValue("gzip");
                    assertThat(gunzip(kept.body())).isNotEmpty();
                } else {
                    assertThat(fresh.headers().firstValue("content-encoding")).isEmpty();
                }
            }
        }
        // the two encodings are the same page
        HttpResponse<byte[]> zipped = get("/ladder", "Accept-Encoding", "gzip");
        HttpResponse<byte[]> plain = get("/ladder", "Accept-Encoding", "identity");
        assertThat(gunzip(zipped.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(zipped.headers().firstValue("etag"))
                .isNotEqualTo(plain.headers().firstValue("etag"));
    }

    @Test
    void aKeptPageServedBeforeTheFiltersIsTheOneTheFiltersServe() {
        // a plain GET of a kept page is answered by KeptPageValve; a conditional GET that does not match
        // goes through every filter to the same kept page: the two must not differ in any way a client sees
        for (String path : List.of("/ladder", "/salaries?location=GB&level=senior", "/search?q=drift+monitoring")) {
            for (String encoding : List.of("gzip", "identity")) {
                pageCache.clear();
                HttpResponse<byte[]> fresh = get(path, "Accept-Encoding", encoding);
                HttpResponse<byte[]> beforeFilters = get(path, "Accept-Encoding", encoding);
                HttpResponse<byte[]> throughFilters =
                        get(path, "Accept-Encoding", encoding, "If-None-Match", "\"v0-nothing\"");

                assertThat(List.of(fresh.statusCode(), beforeFilters.statusCode(), throughFilters.statusCode()))
                        .as(path)
                        .containsOnly(200);
                assertThat(beforeFilters.body()).as("%s, %s", path, encoding).isEqualTo(throughFilters.body());
                assertThat(stable(beforeFilters.headers()))
                        .as("%s, %s", path, encoding)
                        .isEqualTo(stable(throughFilters.headers()))
                        .isEqualTo(stable(fresh.headers()));
            }
        }
        // what the filters refuse is still refused when the page is kept
        get("/ladder");
        assertThat(get("/ladder?note=%00").statusCode()).isEqualTo(400);
        assertThat(get("/ladder?note=%C3").statusCode()).isEqualTo(400);
        // the same parameters in another order are the same kept page
        HttpResponse<byte[]> ordered = get("/salaries?level=senior&location=GB", "Accept-Encoding", "identity");
        HttpResponse<byte[]> reordered = get("/salaries?location=GB&level=senior", "Accept-Encoding", "identity");
        assertThat(reordered.body()).isEqualTo(ordered.body());
        assertThat(stable(reordered.headers())).isEqualTo(stable(ordered.headers()));
        // and a parameter the page does not read gets the same page through the filters
        HttpResponse<byte[]> plain = get("/ladder", "Accept-Encoding", "identity");
        HttpResponse<byte[]> tagged = get("/ladder?utm_source=mail", "Accept-Encoding", "identity");
        assertThat(tagged.body()).isEqualTo(plain.body());
        assertThat(stable(tagged.headers())).isEqualTo(stable(plain.headers()));
    }

    @Test
    void aMatchingETagGets304AndANewContentVersionRendersAfresh() {
        HttpResponse<byte[]> first = get("/ladder", "Accept-Encoding", "gzip");
        String etag = first.headers().firstValue("etag").orElseThrow();

        HttpResponse<byte[]> again = get("/ladder", "Accept-Encoding", "gzip", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("etag")).hasValue(etag);
        assertThat(get("/ladder", "If-None-Match", "\"v0-nothing\"").statusCode())
                .isEqualTo(200);

        String renamed = "Staff ML Engineer (renamed in test)";
        jdbc.sql("update career_level set name = ? where slug = 'staff'")
                .param(renamed)
                .update();
        try {
            long before = contentVersion.current();
            contentVersion.bump();
            assertThat(contentVersion.current()).isGreaterThan(before);

            HttpResponse<byte[]> after = get("/ladder", "Accept-Encoding", "identity", "If-None-Match", etag);
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(new String(after.body(), StandardCharsets.UTF_8)).contains(renamed);
            assertThat(after.headers().firstValue("etag")).isNotEqualTo(java.util.Optional.of(etag));
        } finally {
            jdbc.sql("update career_level set name = 'Staff ML Engineer' where slug = 'staff'")
                    .update();
            contentVersion.bump();
        }
    }

    @Test
    void publicPagesSetNoCookieAndCreateNoSession() {
        List<String> pages = List.of(
                "/",
                "/guides",
                "/guides/senior-ml-engineer",
                "/ladder",
                "/levels/senior",
                "/skills",
                "/skills/matrix",
                "/salaries",
                "/certifications",
                "/careers/moves",
                "/sources",
                "/search?q=drift",
                "/methodology");
        for (String page : pages) {
            HttpResponse<byte[]> response = get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().allValues("set-cookie")).as(page).isEmpty();
            var mock = mvc.get().uri(page).exchange();
            assertThat(mock.getRequest().getSession(false)).as(page).isNull();
        }
        // a page with a form carries its CSRF token in a cookie, not in a server session
        HttpResponse<byte[]> form = get("/assessment");
        assertThat(form.headers().allValues("set-cookie"))
                .singleElement()
                .satisfies(
                        cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("HttpOnly", "SameSite=Lax"));
        assertThat(mvc.get().uri("/assessment").exchange().getRequest().getSession(false))
                .isNull();
    }

    @Test
    void madeUpParametersDoNotFillTheCache() {
        get("/sources");
        long size = pageCache.size();
        for (int i = 0; i < 50; i++) {
            assertThat(get("/sources?utm_source=" + i + "&x" + i + "=1").statusCode())
                    .isEqualTo(200);
        }
        assertThat(pageCache.size()).isEqualTo(size);
    }

    @Test
    void personalPagesAreNeverKeptNorServedToAnotherVisitor() {
        var request = mvc.post().uri("/assessment").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        request.param("target", "senior");
        jdbc.sql("select slug from skill where retired_at is null")
                .query(String.class)
                .list()
                .forEach(s -> request.param("rating-" + s, "2"));
        String results = request.exchange().getResponse().getRedirectedUrl();
        long size = pageCache.size();

        HttpResponse<byte[]> page = get(results, "Accept-Encoding", "gzip");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("cache-control")).hasValue("private, no-store");
        assertThat(page.headers().firstValue("etag")).isEmpty();
        assertThat(pageCache.size()).isEqualTo(size);
        // once deleted, the address finds nothing: nothing was kept
        var delete = mvc.post().uri(results + "/delete").with(csrf()).exchange();
        assertThat(delete.getResponse().getStatus()).isEqualTo(302);
        assertThat(get(results).statusCode()).isEqualTo(404);
        assertThat(get("/assessment").headers().firstValue("cache-control")).hasValue("private, no-store");
    }

    @Test
    void aVisitorWithASessionAlwaysGetsAFreshPage() {
        get("/ladder");
        Map<String, String> headers = new LinkedHashMap<>();
        HttpResponse<byte[]> editor = get("/ladder", "Cookie", "SESSION=abc");
        assertThat(editor.statusCode()).isEqualTo(200);
        assertThat(editor.headers().firstValue("cache-control")).hasValue("private, no-store");
        assertThat(editor.headers().firstValue("etag")).isEmpty();
        assertThat(headers).isEmpty();
    }
}
