package org.careerpath.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careerpath.support.WebClient.location;

import java.net.http.HttpResponse;
import java.util.Map;
import org.careerpath.skills.ExpectationTexts;
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

/** An editor changes what a level expects on one dimension; an admin publishes it; pages and API follow. */
@PortalIntegrationTest
class StatementEditingTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentVersion version;

    @Autowired
    ExpectationTexts texts;

    @Autowired
    Editors editors;

    private long levelId;
    private long dimensionId;
    private ExpectationTexts.Stamped original;

    @BeforeEach
    void staffOnDriftDetection() {
        levelId = jdbc.sql("select id from career_level where slug = 'staff'")
                .query(Long.class)
                .single();
        dimensionId = jdbc.sql("select id from skill where slug = 'drift-detection'")
                .query(Long.class)
                .single();
        original = texts.current(levelId, dimensionId).orElseThrow();
    }

    @AfterEach
    void restoreIt() {
        texts.apply(
                levelId,
                dimensionId,
                original.step(),
                original.statement(),
                texts.current(levelId, dimensionId).orElseThrow().stamp());
        version.bump();
    }

    private String page() {
        return "/admin/statements/" + StatementKind.id(levelId, dimensionId) + "/edit";
    }

    @Test
    void aNewStatementIsPreviewedInTheLevelPageThenPublishedToPagesAndApi() {
        WebClient editor = new WebClient(port);
        editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
        Map<String, String> fields = editor.formFields(page(), "form[action$=/edit]");
        assertThat(fields.get("statement")).isEqualTo(original.statement());
        assertThat(fields.get("step")).isEqualTo(Integer.toString(original.step()));
        fields.put("statement", "Sets drift thresholds for every model of several teams (edited in a test).");
        String draft = location(editor.submit(page(), page(), fields));
        assertThat(draft).matches(".*/admin/statements/drafts/\\d+");

        assertThat(editor.get(draft + "/preview").body())
                .contains("Preview of a draft")
                .contains("(edited in a test)");
        WebClient visitor = new WebClient(port);
        assertThat(visitor.get("/levels/staff").body()).doesNotContain("(edited in a test)");

        editors.publish(port, draft);
        assertThat(visitor.get("/levels/staff").body()).contains("(edited in a test)");
        assertThat(visitor.get("/api/v1/levels/staff").body()).contains("(edited in a test)");
        assertThat(visitor.get("/skills/drift-detection").body()).contains("(edited in a test)");
    }

    @Test
    void aStepAboveTheDimensionsScaleOrAnEmptyStatementIsSaidNextToItsFieldAndNothingIsSaved() {
        WebClient editor = new WebClient(port);
        editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
        long drafts =
                jdbc.sql("select count(*) from content_draft").query(Long.class).single();
        Map<String, String> fields = editor.formFields(page(), "form[action$=/edit]");
        fields.put("step", "5"); // drift detection is a technical skill: 0 to 4
        HttpResponse<String> tooHigh = editor.submit(page(), page(), fields);
        assertThat(tooHigh.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(tooHigh.body()).select("#step-error").text()).contains("0 to 4");

        fields.put("step", "3");
        fields.put("statement", "   ");
        HttpResponse<String> empty = editor.submit(page(), page(), fields);
        assertThat(Jsoup.parse(empty.body()).select("#statement-error").text()).contains("Write what people");
        assertThat(jdbc.sql("select count(*) from content_draft")
                        .query(Long.class)
                        .single())
                .isEqualTo(drafts);
    }
}
