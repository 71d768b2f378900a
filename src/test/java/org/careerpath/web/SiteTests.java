package org.careerpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.careerpath.support.Http;
import org.careerpath.support.Pages;
import org.careerpath.support.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PortalIntegrationTest
class SiteTests {

    @Autowired
    MockMvcTester mvc;

    @LocalServerPort
    int port;

    @Test
    void unknownPageGivesThe404PageInTheLayout() {
        HttpResponse<String> response = Http.get(port, "/no-such-page");

        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("nav[aria-label=Main] a")).hasSize(5);
        assertThat(page.select("main a[href=/]")).isNotEmpty();
        assertThat(response.body()).doesNotContainIgnoringCase("whitelabel").doesNotContain("Exception");
    }

    @Test
    void aPostWithoutCsrfTokenIsRefusedWithTheErrorPageAndNoDetails() {
        HttpResponse<String> response = Http.post(port, "/", "anything=1");

        assertThat(response.statusCode()).isEqualTo(403);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("That request was refused");
        assertThat(page.select("nav[aria-label=Main] a")).hasSize(5);
        assertThat(response.body())
                .doesNotContain("Exception")
                .doesNotContain("at org.")
                .doesNotContain("CSRF");
    }

    @Test
    void theNavigationMarksTheSectionThePageBelongsTo() {
        Map<String, String> sections = Map.of(
                "/guides/senior-ml-engineer", "Guides",
                "/levels/staff", "Career ladder",
                "/salaries?location=GB", "Salaries",
                "/assessment", "Self-assessment");
        sections.forEach((path, section) -> {
            Document page = Jsoup.parse(Http.get(port, path).body());
            assertThat(page.select("nav[aria-label=Main] a[aria-current=page]").text())
                    .as(path)
                    .isEqualTo(section);
        });
        Document home = Jsoup.parse(Http.get(port, "/").body());
        assertThat(home.select("nav[aria-label=Main] a[aria-current]")).isEmpty();
    }

    @Test
    void largePagesAreCompressed() {
        HttpResponse<String> response = Http.get(port, "/", "Accept-Encoding", "gzip");

        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void healthHasLivenessAndReadiness() {
        assertThat(mvc.get().uri("/actuator/health/liveness"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("UP");
        assertThat(mvc.get().uri("/actuator/health/readiness"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("UP");
    }

    @Test
    void readinessDependsOnTheDatabaseAndLivenessDoesNot(
            @Autowired org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups groups) {
        assertThat(groups.get("readiness").isMember("db")).isTrue();
        assertThat(groups.get("liveness").isMember("db")).isFalse();
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() {
        MvcTestResult home = Pages.get(mvc, "/");

        String csp = home.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp)
                .contains("default-src 'self'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
        assertThat(home.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void renderedPagesHaveNoInlineScriptsStylesOrHandlers() {
        for (String uri : List.of("/", "/sources", "/no-such-page")) {
            Document page = Jsoup.parse(Http.get(port, uri).body());
            assertThat(page.select("[style]")).as("style attributes on %s", uri).isEmpty();
            assertThat(page.select("style")).as("style elements on %s", uri).isEmpty();
            assertThat(page.select("script:not([src]):not([type=application/ld+json])"))
                    .as("inline scripts on %s", uri)
                    .isEmpty();
            assertThat(page.getAllElements().stream()
                            .flatMap(e -> e.attributes().asList().stream())
                            .filter(a -> a.getKey().toLowerCase().startsWith("on")))
                    .as("event handler attributes on %s", uri)
                    .isEmpty();
        }
    }

    @Test
    void templatesHaveNoInlineScriptsStylesOrHandlers() throws IOException {
        Pattern forbidden =
                Pattern.compile("(?i)(\\sstyle=|<style|\\son[a-z]+=|<script(?![^>]*\\bsrc=)(?![^>]*ld\\+json))");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> forbidden.matcher(read(f)).find())
                    .map(Path::toString)
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    @Test
    void stylesheetIsServedUnderAVersionedNameAndCachedForAYear() {
        Document home = Pages.page(mvc, "/");
        String href = home.selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(href).matches("/assets/css/site-[0-9a-f]{32}\\.css");

        MvcTestResult css = mvc.get().uri(href).exchange();
        assertThat(css).hasStatusOk();
        assertThat(css.getResponse().getHeader("Cache-Control")).contains("max-age=31536000");
    }

    @Test
    void sourcesPageListsEverySalarySourceWithItsYear() {
        Document page = Pages.page(mvc, "/sources");
        assertThat(page.select("section.source h2").eachText())
                .contains("U.S. Bureau of Labor Statistics", "aijobs.net");
        assertThat(page.select("section#bls-oews-2024").text()).contains("2024").contains("239,200");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
