package org.careerpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.careerpath.support.PortalIntegrationTest;
import org.careerpath.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every response carries, and what is refused before any page runs. */
@PortalIntegrationTest
class EdgeTests {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    /** A GET as a browser sends it (asking for HTML). */
    private HttpResponse<String> get(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void safeHeaders(HttpResponse<String> response, String what) {
        var headers = response.headers();
        assertThat(headers.firstValue("content-security-policy"))
                .as(what)
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(headers.firstValue("permissions-policy"))
                .as(what)
                .hasValue("camera=(), microphone=(), geolocation=()");
        assertThat(headers.firstValue("cross-origin-opener-policy")).as(what).hasValue("same-origin");
        assertThat(headers.firstValue("cross-origin-resource-policy")).as(what).hasValue("same-origin");
        assertThat(headers.firstValue("x-content-type-options")).as(what).hasValue("nosniff");
    }

    @Test
    void pagesErrorsAndKeptPagesCarryTheSameSafeHeaders() {
        for (String path : List.of("/", "/", "/ladder", "/assessment", "/no-such-page", "/guides/no-such-guide")) {
            safeHeaders(get(path), path);
        }
    }

    private static void safeHeaders(RawHttp.Response response, String what) {
        assertThat(response.header("content-security-policy")).as(what).contains("default-src 'self'");
        assertThat(response.header("permissions-policy"))
                .as(what)
                .isEqualTo("camera=(), microphone=(), geolocation=()");
        assertThat(response.header("cross-origin-opener-policy")).as(what).isEqualTo("same-origin");
        assertThat(response.header("cross-origin-resource-policy")).as(what).isEqualTo("same-origin");
        assertThat(response.header("x-content-type-options")).as(what).isEqualTo("nosniff");
        assertThat(response.header("x-frame-options")).as(what).isEqualTo("DENY");
    }

    @Test
    void errorsTheContainerAnswersItselfCarryTheSameHeaders() {
        for (String head : List.of(
                "GET /guides/%zz HTTP/1.1\r\nHost: localhost",
                "GET /guides/%C0%AE%C0%AE/ HTTP/1.1\r\nHost: localhost",
                "GET /ladder HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "p".repeat(20_000))) {
            RawHttp.Response response = RawHttp.send(port, head);
            String what = head.substring(0, Math.min(40, head.length()));
            assertThat(response.status()).as(what).isEqualTo(400);
            safeHeaders(response, what);
            assertThat(response.body()).as(what).doesNotContain("Apache Tomcat", "Exception");
        }
    }

    @Test
    void unknownMethodsAreRefusedWithTheSameHeaders() {
        for (String method : List.of("CONNECT localhost:8080", "TRACE /", "PROPFIND /", "BREW /ladder")) {
            RawHttp.Response response =
                    RawHttp.send(port, method + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0");
            assertThat(response.status()).as(method).isIn(405, 501);
            safeHeaders(response, method);
        }
    }

    @Test
    void aChunkedFormOverTheLimitIsRefusedLikeAnyOther() {
        byte[] form = ("label=" + "x".repeat(600_000)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        RawHttp.Response response = RawHttp.send(
                port,
                "POST /assessment HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked",
                RawHttp.chunked(form));
        assertThat(response.status()).isEqualTo(413);
        safeHeaders(response, "chunked form");
    }

    @Test
    void absoluteUrlsAndRedirectsIgnoreAHostileHostHeader() {
        String hostile = "Host: evil.example\r\nX-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https";
        for (String path :
                List.of("/robots.txt", "/sitemap.xml", "/guides/senior-ml-engineer", "/levels/staff", "/ladder")) {
            RawHttp.Response response = RawHttp.send(port, "GET " + path + " HTTP/1.1\r\n" + hostile);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("evil.example");
            if (!path.startsWith("/l")) { // the level page and the ladder write no absolute URL
                assertThat(response.body()).as(path).contains("http://localhost:8080/");
            }
            assertThat(response.header("strict-transport-security"))
                    .as("forwarded headers are not honoured unless enabled")
                    .isNull();
        }
        // a form posted through the same hostile host is redirected to a path, never to that host
        RawHttp.Response formPage = RawHttp.send(port, "GET /assessment HTTP/1.1\r\n" + hostile);
        String cookie = formPage.header("set-cookie").split(";")[0];
        var form = org.jsoup.Jsoup.parse(formPage.body()).selectFirst("form[method=post][action=/assessment]");
        String body = org.careerpath.support.FormFill.body(form);
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        RawHttp.Response redirect = RawHttp.send(
                port,
                "POST /assessment HTTP/1.1\r\n" + hostile + "\r\nCookie: " + cookie
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bytes.length,
                bytes);
        assertThat(redirect.status()).isIn(302, 303);
        assertThat(redirect.header("location")).startsWith("/assessment/").doesNotContain("evil.example");
    }

    @Test
    void theErrorAddressAskedForDirectlyIsNotFound() {
        HttpResponse<String> error = get("/error");
        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(error.body()).contains("<main").doesNotContain("999", "Exception");
        safeHeaders(error, "/error");
    }

    @Test
    void aQueryThatIsNotUtf8IsRefusedWithTheErrorPage() {
        for (String query : List.of("q=%C3%28", "q=%FF", "q=%E2%82", "q=drift%C0%AF")) {
            HttpResponse<String> response = get("/search?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.body()).as(query).contains("<main").doesNotContain("Exception");
            safeHeaders(response, query);
        }
        // well-formed ones reach the page
        assertThat(get("/search?q=%C3%A9t%C3%A9+drift").statusCode()).isEqualTo(200);
    }

    @Test
    void aNulByteIsRefusedAtTheEdgeNamingTheField() {
        for (String path :
                List.of("/salaries?location=US%00", "/search?q=%00drift", "/certifications?provider=a%00b")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).contains("contains a NUL byte").doesNotContain("Exception");
            safeHeaders(response, path);
        }
        assertThat(get("/salaries?location=US%00").body()).contains("“location”");
    }
}
