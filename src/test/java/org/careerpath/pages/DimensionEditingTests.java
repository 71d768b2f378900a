package org.careerpath.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careerpath.support.WebClient.location;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.careerpath.skills.DimensionTexts;
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

/**
 * Editors rename and retire a skill: its id and address stay, new assessments stop asking about it, and a
 * stored assessment that rated it keeps the answer and says since when it is retired.
 */
@PortalIntegrationTest
class DimensionEditingTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentVersion version;

    @Autowired
    DimensionTexts texts;

    @Autowired
    Editors editors;

    private long id;
    private DimensionTexts.Texts original;

    @BeforeEach
    void driftDetection() {
        id = jdbc.sql("select id from skill where slug = 'drift-detection'")
                .query(Long.class)
                .single();
        original = texts.current(id).orElseThrow().texts();
    }

    @AfterEach
    void restoreIt() {
        texts.apply(id, original, texts.current(id).orElseThrow().stamp());
        version.bump();
    }

    private String publish(Map<String, String> changes) {
        WebClient editor = new WebClient(port);
        editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
        String page = "/admin/dimensions/" + id + "/edit";
        Map<String, String> fields = editor.formFields(page, "form[action$=/edit]");
        fields.putAll(changes);
        String draft = location(editor.submit(page, page, fields));
        assertThat(draft).matches(".*/admin/dimensions/drafts/\\d+");
        editors.publish(port, draft);
        return draft;
    }

    @Test
    void aRenameKeepsTheIdAndTheAddress() {
        String draft = publish(Map.of("name", "Drift detection and response"));
        assertThat(draft).isNotBlank();
        WebClient visitor = new WebClient(port);
        assertThat(visitor.get("/skills/drift-detection").body()).contains("Drift detection and response");
        assertThat(jdbc.sql("select id from skill where slug = 'drift-detection'")
                        .query(Long.class)
                        .single())
                .isEqualTo(id);
        assertThat(visitor.get("/api/v1/dimensions/drift-detection").body())
                .contains("\"id\":" + id)
                .contains("Drift detection and response");
    }

    @Test
    void aNameAnotherSkillHasIsRefusedNextToTheField() {
        String other = jdbc.sql("select name from skill where slug = 'gpu-memory-sizing'")
                .query(String.class)
                .single();
        WebClient editor = new WebClient(port);
        editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
        String page = "/admin/dimensions/" + id + "/edit";
        Map<String, String> fields = editor.formFields(page, "form[action$=/edit]");
        fields.put("name", other.toUpperCase());
        fields.put("retiredOn", "2026-02-30");
        HttpResponse<String> refused = editor.submit(page, page, fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.body()).select("#retiredOn-error").text())
                .contains("not a date");
        fields.put("retiredOn", "");
        refused = editor.submit(page, page, fields);
        assertThat(Jsoup.parse(refused.body()).select("#name-error").text()).contains("already called");
    }

    @Test
    void aRetiredSkillLeavesNewAssessmentsAndStoredOnesSayRetiredSince() {
        WebClient person = new WebClient(port);
        Map<String, String> answers = person.formFields("/assessment", "#assessment-form");
        // every dimension needs an answer: "not sure" for all but the one this test is about
        answers.replaceAll((name, value) -> name.startsWith("rating-") ? "unsure" : value);
        assertThat(Jsoup.parse(person.get("/assessment").body()).select("input[name=rating-drift-detection]"))
                .isNotEmpty();
        answers.put("rating-drift-detection", "3");
        HttpResponse<String> stored = person.submit("/assessment", "/assessment", answers);
        String result = location(stored);
        assertThat(result)
                .as(stored.statusCode() + " " + answers + "\n" + stored.body())
                .contains("/assessment/");

        LocalDate today = LocalDate.now();
        publish(Map.of("retiredOn", today.toString()));

        assertThat(Jsoup.parse(new WebClient(port).get("/assessment").body())
                        .select("input[name=rating-drift-detection]"))
                .as("new assessments no longer ask about it")
                .isEmpty();
        String page = person.get(result.replaceFirst("^https?://[^/]+", "")).body();
        assertThat(page).contains(original.name()).contains("retired since");
    }
}
