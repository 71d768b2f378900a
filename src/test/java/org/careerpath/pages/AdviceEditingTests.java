package org.careerpath.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careerpath.support.WebClient.location;

import java.net.http.HttpResponse;
import java.util.Map;
import org.careerpath.skills.AdviceTexts;
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

/** An editor rewrites the advice for one step of a skill; the skill page and the API show it once published. */
@PortalIntegrationTest
class AdviceEditingTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentVersion version;

    @Autowired
    AdviceTexts texts;

    @Autowired
    Editors editors;

    private long dimensionId;
    private AdviceTexts.Stamped original;

    @BeforeEach
    void driftDetectionStepThree() {
        dimensionId = jdbc.sql("select id from skill where slug = 'drift-detection'")
                .query(Long.class)
                .single();
        original = texts.current(dimensionId, 3).orElseThrow();
    }

    @AfterEach
    void restoreIt() {
        texts.apply(
                dimensionId,
                original.advice(),
                texts.current(dimensionId, 3).orElseThrow().stamp());
        version.bump();
    }

    @Test
    void newAdviceIsPreviewedInTheSkillPageThenPublished() {
        String page = "/admin/advice/" + AdviceKind.id(dimensionId, 3) + "/edit";
        WebClient editor = new WebClient(port);
        editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
        Map<String, String> fields = editor.formFields(page, "form[action$=/edit]");
        assertThat(fields.get("work")).isEqualTo(original.advice().work());
        fields.put("work", "Run the drift review of two production models for a quarter (edited in a test).");
        String draft = location(editor.submit(page, page, fields));
        assertThat(draft).matches(".*/admin/advice/drafts/\\d+");
        assertThat(editor.get(draft + "/preview").body()).contains("(edited in a test)");
        WebClient visitor = new WebClient(port);
        assertThat(visitor.get("/skills/drift-detection").body()).doesNotContain("(edited in a test)");

        editors.publish(port, draft);
        assertThat(visitor.get("/skills/drift-detection").body()).contains("(edited in a test)");
        assertThat(visitor.get("/api/v1/dimensions/drift-detection").body()).contains("(edited in a test)");
    }

    @Test
    void emptyAdviceIsSaidNextToItsField() {
        String page = "/admin/advice/" + AdviceKind.id(dimensionId, 3) + "/edit";
        WebClient editor = new WebClient(port);
        editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
        Map<String, String> fields = editor.formFields(page, "form[action$=/edit]");
        fields.put("evidence", " ");
        HttpResponse<String> refused = editor.submit(page, page, fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.body()).select("#evidence-error").text()).contains("evidence");
    }
}
