package org.careerpath.certifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careerpath.support.WebClient.location;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Editors change a certification without SQL: the change is a draft the public never sees until an admin
 * publishes it; publishing applies it at once (content version bumped, the public page changes), a rename
 * keeps the id and the old address redirects, a stale edit shows both versions and stores nothing, bad
 * values come back as messages next to their fields, and each step is in the audit log.
 */
@PortalIntegrationTest
class CertificationEditingTests {

    private static final Pattern DRAFT = Pattern.compile("/admin/certifications/drafts/(\\d+)$");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentVersion version;

    @Autowired
    Editors editors;

    private Editors.TestCertification certification;
    private String editor;
    private String admin;
    private long id;
    private String slug;

    @BeforeEach
    void accountsAndACertification() {
        editor = editors.account("EDITOR");
        admin = editors.account("ADMIN");
        certification = editors.certification("Test Certification");
        id = certification.id();
        slug = certification.slug();
    }

    @AfterEach
    void removeTheCertification() {
        editors.remove(certification);
    }

    private WebClient signedIn(String email) {
        WebClient browser = new WebClient(port);
        assertThat(browser.signIn(email, Editors.PASSWORD).statusCode()).isEqualTo(302);
        return browser;
    }

    /** The edit form's fields as loaded, with some changed. */
    private Map<String, String> form(WebClient browser, Map<String, String> changes) {
        Map<String, String> fields = browser.formFields("/admin/certifications/" + id + "/edit", "form[action$=/edit]");
        fields.putAll(changes);
        return fields;
    }

    private long saveDraft(WebClient browser, Map<String, String> changes) {
        HttpResponse<String> saved = browser.submit(
                "/admin/certifications/" + id + "/edit",
                "/admin/certifications/" + id + "/edit",
                form(browser, changes));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        Matcher draft = DRAFT.matcher(location(saved));
        assertThat(draft.find()).as(location(saved)).isTrue();
        return Long.parseLong(draft.group(1));
    }

    @Test
    void aDraftIsInvisibleUntilAnAdminPublishesItThenThePublicPageShowsIt() {
        WebClient visitor = new WebClient(port);
        WebClient editing = signedIn(editor);
        long draft = saveDraft(
                editing, Map.of("status", "retiring", "statusDate", "2027-06-30", "successorName", "Test Successor"));

        assertThat(visitor.get("/certifications/" + slug).body()).doesNotContain("Test Successor");
        String preview = editing.get("/admin/certifications/drafts/" + draft + "/preview")
                .body();
        assertThat(preview).contains("Preview of a draft").contains("Test Successor");
        assertThat(visitor.get("/admin/certifications/drafts/" + draft + "/preview")
                        .statusCode())
                .as("visitors cannot preview")
                .isEqualTo(302);

        // an editor cannot publish
        HttpResponse<String> refused = editing.submit(
                "/admin/certifications/drafts/" + draft,
                "/admin/certifications/drafts/" + draft + "/publish",
                Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(visitor.get("/certifications/" + slug).body()).doesNotContain("Test Successor");

        long before = version.current();
        WebClient publishing = signedIn(admin);
        HttpResponse<String> published = publishing.submit(
                "/admin/certifications/drafts/" + draft,
                "/admin/certifications/drafts/" + draft + "/publish",
                Map.of());
        assertThat(location(published)).endsWith("/admin/certifications/drafts/" + draft);
        assertThat(version.current()).as("the content version").isGreaterThan(before);
        assertThat(visitor.get("/certifications/" + slug).body()).contains("Test Successor");
        assertThat(publishing.get("/admin/certifications/drafts/" + draft).body())
                .contains("published");

        var audit = jdbc.sql("""
                        select actor, before ->> 'status', after ->> 'status' from audit_record
                         where action = 'published' and content_type = 'certification' and content_id = ?
                        """)
                .param(Long.toString(id))
                .query((row, n) -> row.getString(1) + " " + row.getString(2) + " -> " + row.getString(3))
                .single();
        assertThat(audit).isEqualTo(admin + " active -> retiring");
        assertThat(publishing.get("/admin/audit").body()).contains("published").contains(admin);
    }

    @Test
    void aRenameKeepsTheIdAndTheOldAddressRedirects() {
        String renamed = slug + "-renamed";
        long draft = saveDraft(signedIn(editor), Map.of("slug", renamed, "name", "Renamed Certification"));
        signedIn(admin)
                .submit(
                        "/admin/certifications/drafts/" + draft,
                        "/admin/certifications/drafts/" + draft + "/publish",
                        Map.of());
        assertThat(jdbc.sql("select id from certification where slug = ?")
                        .param(renamed)
                        .query(Long.class)
                        .single())
                .isEqualTo(id);
        HttpResponse<String> old = new WebClient(port).get("/certifications/" + slug);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(location(old)).endsWith("/certifications/" + renamed);
        assertThat(new WebClient(port).get("/certifications/" + renamed).body()).contains("Renamed Certification");
    }

    @Test
    void publishingOverANewerChangeShowsBothVersionsAndStoresNothing() {
        WebClient first = signedIn(editor);
        long stale = saveDraft(first, Map.of("name", "First Editor's Name"));
        long fresh = saveDraft(signedIn(editor), Map.of("name", "Second Editor's Name"));
        WebClient publishing = signedIn(admin);
        publishing.submit(
                "/admin/certifications/drafts/" + fresh,
                "/admin/certifications/drafts/" + fresh + "/publish",
                Map.of());

        assertThat(publishing.get("/admin/certifications/drafts/" + stale).body())
                .contains("has changed since");
        HttpResponse<String> conflict = publishing.submit(
                "/admin/certifications/drafts/" + stale,
                "/admin/certifications/drafts/" + stale + "/publish",
                Map.of());
        assertThat(conflict.statusCode()).isEqualTo(200);
        assertThat(conflict.body())
                .contains("Someone changed this first")
                .contains("Second Editor&#39;s Name")
                .contains("First Editor&#39;s Name");
        assertThat(jdbc.sql("select name from certification where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Second Editor's Name");
        assertThat(jdbc.sql("select status from content_draft where id = ?")
                        .param(stale)
                        .query(String.class)
                        .single())
                .isEqualTo("draft");

        // saving a form loaded before the publish is refused the same way
        Map<String, String> old = form(first, Map.of("name", "Late Edit"));
        old.put("stamp", "0");
        HttpResponse<String> late =
                first.submit("/admin/certifications/" + id + "/edit", "/admin/certifications/" + id + "/edit", old);
        assertThat(late.body()).contains("Someone changed this first");
    }

    @Test
    void badValuesComeBackAsMessagesNextToTheirFieldsAndNothingIsSaved() {
        WebClient editing = signedIn(editor);
        long drafts =
                jdbc.sql("select count(*) from content_draft").query(Long.class).single();
        HttpResponse<String> invalid = editing.submit(
                "/admin/certifications/" + id + "/edit",
                "/admin/certifications/" + id + "/edit",
                form(
                        editing,
                        Map.of(
                                "slug", "Not A Slug",
                                "status", "retired",
                                "statusDate", "",
                                "url", "http://insecure.example",
                                "costUsdMin", "200",
                                "costUsdMax", "100",
                                "summary", "x".repeat(10_000))));
        assertThat(invalid.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(invalid.body());
        assertThat(page.select("#slug-error").text()).contains("lower-case letters");
        assertThat(page.select("#statusDate-error").text()).contains("needs the date");
        assertThat(page.select("#url-error").text()).contains("https://");
        assertThat(page.select("#costUsdMax-error").text()).contains("cannot be below");
        assertThat(page.select("#summary-error").text()).contains("4,000");
        assertThat(page.select("#slug").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#slug").val()).as("what was typed is kept").isEqualTo("Not A Slug");
        assertThat(jdbc.sql("select count(*) from content_draft")
                        .query(Long.class)
                        .single())
                .isEqualTo(drafts);
    }
}
