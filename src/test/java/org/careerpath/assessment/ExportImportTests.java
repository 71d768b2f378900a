package org.careerpath.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careerpath.support.Csrf.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.careerpath.support.Pages;
import org.careerpath.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The data is the owner's: exported in a documented format, imported as a new assessment, deleted completely. */
@PortalIntegrationTest
class ExportImportTests extends AssessmentTestSupport {

    /** An assessment with everything a file can carry: two revisions, "not sure", ticks and a mentor's opinion. */
    private String fullAssessment() {
        String owner = client.submit(client.answers("senior", "mle", Map.of("sql", "unsure")));
        assertThat(client.post(
                        "/assessment/" + owner + "/edit",
                        client.answers("staff", "senior", Map.of("python", 2, "sql", "unsure"))))
                .hasStatus(HttpStatus.FOUND);
        assertThat(client.post("/assessment/" + owner + "/checklist/python", Map.of("done", "true")))
                .hasStatus(HttpStatus.FOUND);
        String page = client.post("/assessment/" + owner + "/invitations", Map.of("mentor", "Jo"))
                .getResponse()
                .getRedirectedUrl();
        String link = Pages.page(mvc, page.substring(0, page.indexOf('#')))
                .selectFirst("input.invitation-link")
                .val();
        String mentor = link.substring(link.indexOf("/assessment/invited/"));
        assertThat(client.post(
                        mentor,
                        Map.of("rating-python", "4", "comment-python", "Better than you think.", "rating-sql", "3")))
                .hasStatus(HttpStatus.FOUND);
        return owner;
    }

    private String export(String owner) throws Exception {
        MvcTestResult result =
                mvc.get().uri("/assessment/" + owner + "/export.json").exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MvcTestResult upload(byte[] content) {
        return mvc.post()
                .uri("/assessment/import")
                .multipart()
                .file(new MockMultipartFile("file", "careerpath-assessment.json", "application/json", content))
                .with(csrf())
                .exchange();
    }

    private static String withoutExportTime(String file) {
        return file.replaceAll("\"exportedAt\" : \"[^\"]+\"", "");
    }

    @Test
    void exportingAndImportingGivesTheSameResults() throws Exception {
        String original = fullAssessment();
        String file = export(original);

        MvcTestResult imported = upload(file.getBytes(StandardCharsets.UTF_8));

        assertThat(imported).hasStatus(HttpStatus.FOUND);
        String copy = imported.getResponse().getRedirectedUrl().substring("/assessment/".length());
        assertThat(copy).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(original);
        // the file of the copy is the file of the original
        assertThat(withoutExportTime(export(copy))).isEqualTo(withoutExportTime(file));
        // and the pages say the same
        Document before = Pages.page(mvc, "/assessment/" + original);
        Document after = Pages.page(mvc, "/assessment/" + copy);
        for (String part : List.of(
                "#level",
                "#readiness",
                "#changes ul",
                "#focus",
                "#gaps",
                "#checklist .progress-text",
                "#unsure-note",
                "#mentors table",
                "#pay")) {
            assertThat(after.select(part).text())
                    .as(part)
                    .isNotEmpty()
                    .isEqualTo(before.select(part).text());
        }
        assertThat(after.select("#checklist li.done").eachAttr("id")).containsExactly("item-python");
        Document history = Pages.page(mvc, "/assessment/" + copy + "/history");
        assertThat(history.select("#history-table tbody").text())
                .isEqualTo(Pages.page(mvc, "/assessment/" + original + "/history")
                        .select("#history-table tbody")
                        .text());
        // the imported opinion's invitation link never existed here: it starts revoked
        assertThat(after.select("#mentors").text()).contains("invitation link has since been revoked");
    }

    record Bad(String name, byte[] file, String field, String message) {}

    @Test
    void aBadFileIsRejectedWithAMessageSayingWhichFieldIsWrongAndStoresNothing() throws Exception {
        String file = export(client.submit(client.answers("senior", "senior", Map.of())));
        List<Bad> cases = List.of(
                new Bad("not JSON", "<html>hello</html>".getBytes(StandardCharsets.UTF_8), "$", "not valid JSON"),
                new Bad("not UTF-8", new byte[] {(byte) 0xff, (byte) 0xfe, 0x7b}, null, "not UTF-8"),
                new Bad(
                        "another version",
                        file.replace("\"version\" : 1", "\"version\" : 3").getBytes(StandardCharsets.UTF_8),
                        "version",
                        "version 3 of the format; this portal reads version 1"),
                new Bad(
                        "a rating out of range",
                        file.replaceFirst("\"python\" : \\d", "\"python\" : 9").getBytes(StandardCharsets.UTF_8),
                        "revisions[0].ratings.python",
                        "whole number from 0 to 4"),
                new Bad("an empty file", new byte[0], null, "Choose the file"));
        for (Bad bad : cases) {
            Map<String, Long> before = client.counts();
            MvcTestResult result = upload(bad.file());
            assertThat(result).as(bad.name()).hasStatus(HttpStatus.BAD_REQUEST);
            Document page = Pages.html(result);
            assertThat(page.select("#errors").text()).as(bad.name()).contains("nothing was stored", bad.message());
            if (bad.field() != null) {
                assertThat(page.select("#errors code").text()).as(bad.name()).isEqualTo(bad.field());
            }
            assertThat(client.counts()).as("nothing stored for %s", bad.name()).isEqualTo(before);
        }
    }

    @Test
    void theFormatIsDocumented() {
        Document page = Pages.page(mvc, "/assessment/export-format");
        assertThat(page.select("dl.fields dt").eachText())
                .contains("format (required)", "version (required)", "revisions (required)", "ticks", "mentorOpinions");
        assertThat(page.select("pre code").text()).contains("\"format\": \"careerpath-assessment\"");
        assertThat(page.select("ul.columns code").eachText()).contains("staff", "python", "scope-of-work", "hiring");
    }

    @Test
    void deletingRemovesEveryRowThatBelongsToTheAssessment() {
        Map<String, Long> before = client.counts();
        String owner = fullAssessment();
        assertThat(client.counts()).isNotEqualTo(before);

        assertThat(client.post("/assessment/" + owner + "/delete", Map.of())).hasStatus(HttpStatus.FOUND);

        assertThat(client.counts()).isEqualTo(before);
        assertThat(Pages.get(mvc, "/assessment/" + owner)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(Pages.get(mvc, "/assessment/shared/" + Tokens.share(owner))).hasStatus(HttpStatus.NOT_FOUND);
    }
}
