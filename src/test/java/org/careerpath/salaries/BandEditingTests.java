package org.careerpath.salaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careerpath.support.WebClient.location;

import java.net.http.HttpResponse;
import java.util.Map;
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
 * An editor corrects a published salary figure: the table's own rules (percentiles that rise) are said next to
 * the field before anything is stored; a valid change is previewed on the salaries page and published.
 */
@PortalIntegrationTest
class BandEditingTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentVersion version;

    @Autowired
    Editors editors;

    private long id;
    private String note;

    @BeforeEach
    void aPercentileFigure() {
        id = jdbc.sql("""
                        select id from salary_band
                         where statistic = 'percentiles' and p25 is not null and p75 is not null
                         order by id limit 1
                        """).query(Long.class).single();
        note = jdbc.sql("select coalesce(note, '') from salary_band where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @AfterEach
    void restoreIt() {
        jdbc.sql("update salary_band set note = nullif(?, '') where id = ?")
                .params(note, id)
                .update();
        version.bump();
    }

    @Test
    void percentilesThatDoNotRiseAreRefusedNextToTheFieldAndNothingIsSaved() {
        String page = "/admin/bands/" + id + "/edit";
        WebClient editor = new WebClient(port);
        editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
        long drafts =
                jdbc.sql("select count(*) from content_draft").query(Long.class).single();
        Map<String, String> fields = editor.formFields(page, "form[action$=/edit]");
        assertThat(fields.get("median")).matches("\\d+(\\.\\d+)?");
        fields.put(
                "p25",
                new java.math.BigDecimal(fields.get("median"))
                        .add(java.math.BigDecimal.TEN)
                        .toPlainString());
        HttpResponse<String> refused = editor.submit(page, page, fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.body()).select("#median-error").text()).contains("must rise");
        assertThat(jdbc.sql("select count(*) from content_draft")
                        .query(Long.class)
                        .single())
                .isEqualTo(drafts);
    }

    @Test
    void aCorrectedNoteIsPreviewedOnTheSalariesPageThenPublished() {
        String page = "/admin/bands/" + id + "/edit";
        WebClient editor = new WebClient(port);
        editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
        Map<String, String> fields = editor.formFields(page, "form[action$=/edit]");
        fields.put("note", "Checked against the source again (edited in a test).");
        String draft = location(editor.submit(page, page, fields));
        assertThat(draft).matches(".*/admin/bands/drafts/\\d+");
        assertThat(editor.get(draft + "/preview").body())
                .contains("Preview of a draft")
                .contains("(edited in a test)");
        editors.publish(port, draft);
        assertThat(jdbc.sql("select note from salary_band where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .contains("(edited in a test)");
        String place = jdbc.sql("select location_code from salary_band where id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(new WebClient(port).get("/salaries?location=" + place).body())
                .contains("(edited in a test)");
    }

    @Test
    void aNewFigureMustFitItsStatisticThenIsPublishedAndCanBeDeleted() {
        WebClient editor = new WebClient(port);
        editor.signIn(editors.account("EDITOR"), Editors.PASSWORD);
        Map<String, String> fields = editor.formFields("/admin/bands/new", "form[action$=/edit]");
        fields.putAll(Map.of(
                "source", "levels-fyi-2025",
                "level", "staff",
                "location", "US",
                "basis", "total",
                "statistic", "range",
                "label", "Staff total pay (added in a test)",
                "median", "400000",
                "note", "A figure that exists only in this test."));
        HttpResponse<String> refused = editor.submit("/admin/bands/new", "/admin/bands/0/edit", fields);
        assertThat(Jsoup.parse(refused.body()).select("#median-error").text()).contains("do not fit");
        fields.put("statistic", "median");
        String draft = location(editor.submit("/admin/bands/new", "/admin/bands/0/edit", fields));
        assertThat(editor.get(draft + "/preview").body()).contains("Staff total pay (added in a test)");

        editors.publish(port, draft);
        WebClient admin = editors.signedIn(port, "ADMIN");
        WebClient visitor = new WebClient(port);
        assertThat(visitor.get("/api/v1/salaries?level=staff").body()).contains("Staff total pay (added in a test)");

        long added = jdbc.sql("select id from salary_band where label = 'Staff total pay (added in a test)'")
                .query(Long.class)
                .single();
        String delete = "/admin/bands/" + added + "/delete";
        assertThat(location(admin.submit(delete, delete, Map.of()))).endsWith("/admin/bands");
        assertThat(visitor.get("/api/v1/salaries?level=staff").body()).doesNotContain("(added in a test)");
    }
}
