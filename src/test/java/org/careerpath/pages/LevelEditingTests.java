package org.careerpath.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careerpath.support.WebClient.location;

import java.net.http.HttpResponse;
import java.util.Map;
import org.careerpath.levels.LevelTexts;
import org.careerpath.support.Editors;
import org.careerpath.support.PortalIntegrationTest;
import org.careerpath.support.WebClient;
import org.careerpath.web.ContentVersion;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A level's words are edited through the same drafts: previewed in the real level page, then published. */
@PortalIntegrationTest
class LevelEditingTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentVersion version;

    @Autowired
    LevelTexts texts;

    @Autowired
    Editors editors;

    private long id;
    private LevelTexts.Texts original;

    @BeforeEach
    void theStaffLevel() {
        id = jdbc.sql("select id from career_level where slug = 'staff'")
                .query(Long.class)
                .single();
        original = texts.current(id).orElseThrow().texts();
    }

    @AfterEach
    void restoreIt() {
        texts.apply(id, original, texts.current(id).orElseThrow().stamp());
        version.bump();
    }

    @Test
    void aNewSummaryIsPreviewedInTheLevelPageThenPublished() {
        WebClient editor = new WebClient(port);
        editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
        String page = "/admin/levels/" + id + "/edit";
        Map<String, String> fields = editor.formFields(page, "form[action$=/edit]");
        assertThat(fields.get("summary")).isEqualTo(original.summary());
        fields.put("summary", "Staff engineers set technical direction across teams (edited in a test).");
        HttpResponse<String> saved = editor.submit(page, page, fields);
        String draft = location(saved);
        assertThat(draft).matches(".*/admin/levels/drafts/\\d+");

        assertThat(editor.get(draft + "/preview").body())
                .contains("Preview of a draft")
                .contains("(edited in a test)");
        assertThat(new WebClient(port).get("/levels/staff").body()).doesNotContain("(edited in a test)");

        editors.publish(port, draft);
        assertThat(new WebClient(port).get("/levels/staff").body()).contains("(edited in a test)");
        assertThat(new WebClient(port).get("/ladder").body()).contains("Staff");
    }

    @Test
    void aRetiredLevelLeavesNewAssessmentsAndStoredOnesSayRetiredSince() {
        WebClient person = new WebClient(port);
        Map<String, String> answers = person.formFields("/assessment", "#assessment-form");
        answers.replaceAll((name, value) -> name.startsWith("rating-") ? "unsure" : value);
        answers.put("target", "staff");
        String result = location(person.submit("/assessment", "/assessment", answers));
        assertThat(result).contains("/assessment/");
        assertThat(Jsoup.parse(person.get("/assessment").body()).select("#target option[value=staff]"))
                .isNotEmpty();

        WebClient editor = new WebClient(port);
        editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
        String page = "/admin/levels/" + id + "/edit";
        Map<String, String> fields = editor.formFields(page, "form[action$=/edit]");
        fields.put("retiredOn", "2026-13-01");
        assertThat(Jsoup.parse(editor.submit(page, page, fields).body())
                        .select("#retiredOn-error")
                        .text())
                .isNotBlank();
        fields.put("retiredOn", java.time.LocalDate.now().toString());
        String draft = location(editor.submit(page, page, fields));
        editors.publish(port, draft);

        WebClient visitor = new WebClient(port);
        assertThat(Jsoup.parse(visitor.get("/assessment").body()).select("#target option[value=staff]"))
                .as("new assessments no longer offer it")
                .isEmpty();
        answers.put("target", "staff");
        assertThat(visitor.submit("/assessment", "/assessment", answers).statusCode())
                .as("nor accept it")
                .isEqualTo(400);
        assertThat(person.get(result.replaceFirst("^https?://[^/]+", "")).body())
                .contains("retired since");
        assertThat(visitor.get("/levels/staff").body()).contains("This level is retired since");
    }

    @Test
    void anEmptyNameIsSaidNextToItsField() {
        WebClient editor = new WebClient(port);
        editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
        String page = "/admin/levels/" + id + "/edit";
        Map<String, String> fields = editor.formFields(page, "form[action$=/edit]");
        fields.put("name", "  ");
        fields.put("keySkills", "x".repeat(300));
        HttpResponse<String> invalid = editor.submit(page, page, fields);
        assertThat(invalid.statusCode()).isEqualTo(200);
        var document = Jsoup.parse(invalid.body());
        assertThat(document.select("#name-error").text()).contains("Give the level");
        assertThat(document.select("#keySkills-error").text()).contains("200");
    }
}
