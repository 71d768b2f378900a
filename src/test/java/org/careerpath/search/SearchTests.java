package org.careerpath.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.careerpath.support.Http;
import org.careerpath.support.Pages;
import org.careerpath.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PortalIntegrationTest
class SearchTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private Document search(String query) {
        var result = mvc.get()
                .uri("/search")
                .param("q", query)
                .accept(MediaType.TEXT_HTML)
                .exchange();
        assertThat(result).hasStatusOk();
        return Pages.html(result);
    }

    @Test
    void findsASkillByAWordInItsDescription() {
        String description = jdbc.sql("select description from skill where slug = 'gpu-memory-sizing'")
                .query(String.class)
                .single();
        assertThat(description).contains("optimiser");

        Document page = search("optimiser");

        assertThat(page.select(".search-results a").eachText()).contains("GPU memory sizing");
        assertThat(page.select(".search-results a[href=/skills/gpu-memory-sizing]"))
                .isNotEmpty();
        assertThat(page.select(".search-results mark").eachText())
                .anyMatch(w -> w.toLowerCase().startsWith("optimis"));
    }

    @Test
    void ranksAndLinksRolesGuideSectionsAndCertifications() {
        Document page = search("drift");
        assertThat(page.select(".search-group h2").eachText())
                .anyMatch(h -> h.startsWith("Skill ("))
                .anyMatch(h -> h.startsWith("Guide section ("));
        assertThat(search("Databricks").select(".search-results a").eachText())
                .contains("Databricks Certified Machine Learning Associate");
        // pages titled with the words come first in their kind: the Staff level, the Staff role's guide
        Document staff = search("staff engineer");
        for (String kind : List.of("Level", "Role")) {
            Element group = staff.selectFirst(".search-group[aria-label=" + kind + "]");
            assertThat(group).as(kind).isNotNull();
            assertThat(group.select(".search-results a").first().attr("href"))
                    .isIn("/levels/staff", "/guides/staff-ml-engineer");
        }
    }

    @Test
    void survivesHostileInputWithAPageNotAnError() {
        List<String> inputs = List.of(
                "",
                "   ",
                "'",
                "\"unterminated",
                "' or 1=1 --",
                "drift'; drop table skill; --",
                "<script>alert(1)</script>",
                "a & b | !c <-> (d",
                "機械学習のエンジニア",
                "Ünïcödé drift",
                "!@#$%^&*()_+{}|:<>?",
                "x".repeat(5000));
        for (String input : inputs) {
            var response = Http.get(port, "/search?q=" + URLEncoder.encode(input, StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as("status for %s", input).isEqualTo(200);
            assertThat(response.body()).doesNotContain("<script>alert(1)</script>");
        }
        assertThat(jdbc.sql("select count(*) from skill").query(Long.class).single())
                .isGreaterThanOrEqualTo(30);
        assertThat(search("<script>alert(1)</script>").select(".no-results").text())
                .contains("No results for “<script>alert(1)</script>”");
        assertThat(search("x".repeat(5000)).select(".notice").text()).contains("first 200 characters");
        assertThat(Http.get(port, "/search?q=%00drift").statusCode())
                .as("NUL is refused at the edge")
                .isEqualTo(400);
    }

    @Test
    void highlightsOnlyAfterEscaping() {
        assertThat(SiteSearch.highlight("a <b>bold</b> \u0002claim\u0003 & more"))
                .isEqualTo("a &lt;b&gt;bold&lt;/b&gt; <mark>claim</mark> &amp; more");
    }

    @Test
    void sitemapListsEveryPublicPageAndRobotsPointsToIt() throws Exception {
        var response = Http.get(port, "/sitemap.xml", "Accept", "application/xml");
        assertThat(response.statusCode()).isEqualTo(200);
        var xml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        var locs = xml.getElementsByTagName("loc");
        List<String> urls = new java.util.ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        // absolute addresses come from the configured public address, never from the request's Host
        String base = "http://localhost:8080";
        for (String slug : jdbc.sql("select slug from role").query(String.class).list()) {
            assertThat(urls).contains(base + "/guides/" + slug);
        }
        for (String slug : jdbc.sql("select slug from skill where retired_at is null")
                .query(String.class)
                .list()) {
            assertThat(urls).contains(base + "/skills/" + slug);
        }
        for (String slug :
                jdbc.sql("select slug from certification").query(String.class).list()) {
            assertThat(urls).contains(base + "/certifications/" + slug);
        }
        assertThat(urls).contains(base + "/", base + "/ladder", base + "/salaries", base + "/sources");

        var robots = Http.get(port, "/robots.txt", "Accept", "text/plain");
        assertThat(robots.body()).contains("Sitemap: " + base + "/sitemap.xml");
    }
}
