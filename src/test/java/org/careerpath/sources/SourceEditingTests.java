package org.careerpath.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careerpath.support.WebClient.location;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.careerpath.support.Editors;
import org.careerpath.support.PortalIntegrationTest;
import org.careerpath.support.WebClient;
import org.careerpath.web.ContentVersion;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sources are edited through the same drafts as every kind of content: a citation corrected by an editor is
 * published by an admin and shows on /sources; a bad year or address is said next to its field.
 */
@PortalIntegrationTest
class SourceEditingTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentVersion version;

    @Autowired
    Editors editors;

    private long id;

    @BeforeEach
    void aSourceOfItsOwn() {
        id = jdbc.sql("""
                        insert into source (slug, publisher, title, year, kind, method_note, position)
                        values (?, 'Test Publisher', 'A Test Survey', 2024, 'survey', 'Used in tests only.', 999)
                        returning id
                        """)
                .param("test-source-" + UUID.randomUUID().toString().substring(0, 8))
                .query(Long.class)
                .single();
        version.bump();
    }

    @AfterEach
    void removeIt() {
        jdbc.sql("delete from source where id = ?").param(id).update();
        version.bump();
    }

    private WebClient signedIn(String role) {
        WebClient browser = new WebClient(port);
        assertThat(browser.signIn(editors.account(role), Editors.PASSWORD).statusCode())
                .isEqualTo(302);
        return browser;
    }

    private HttpResponse<String> save(WebClient browser, Map<String, String> changes) {
        String page = "/admin/sources/" + id + "/edit";
        Map<String, String> fields = browser.formFields(page, "form[action$=/edit]");
        fields.putAll(changes);
        return browser.submit(page, page, fields);
    }

    @Test
    void aCorrectedCitationIsPublishedToTheSourcesPage() {
        HttpResponse<String> saved = save(
                signedIn("EDITOR"),
                Map.of(
                        "title",
                        "A Corrected Test Survey",
                        "dateRead",
                        "2026-11-20",
                        "url",
                        "https://example.org/survey"));
        String draft = location(saved);
        assertThat(draft).matches(".*/admin/sources/drafts/\\d+");
        assertThat(new WebClient(port).get("/sources").body()).doesNotContain("A Corrected Test Survey");

        WebClient admin = signedIn("ADMIN");
        assertThat(admin.get(draft + "/preview").body())
                .contains("Preview of a draft")
                .contains("A Corrected Test Survey");
        HttpResponse<String> published = admin.submit(draft, draft + "/publish", Map.of());
        assertThat(location(published)).endsWith(draft);
        String sources = new WebClient(port).get("/sources").body();
        assertThat(sources).contains("A Corrected Test Survey").contains("https://example.org/survey");
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'published' and content_type = 'source'"
                                + " and content_id = ?")
                        .param(Long.toString(id))
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void aBadYearOrAddressIsSaidNextToItsField() {
        HttpResponse<String> invalid =
                save(signedIn("EDITOR"), Map.of("year", "1850", "url", "ftp://example.org", "kind", "rumour"));
        assertThat(invalid.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(invalid.body());
        assertThat(page.select("#year-error").text()).contains("2000 to 2100");
        assertThat(page.select("#url-error").text()).contains("https://");
        assertThat(page.select("#kind-error").text()).contains("Choose a kind");
        assertThat(jdbc.sql("select year from source where id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2024);
    }
}
