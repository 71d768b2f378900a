package org.careerpath.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careerpath.support.Csrf.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.careerpath.support.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Admins import the salary survey from the editors' screens: checked at once for what can be told at once,
 * then imported in the background by the same importer as the command line, all or nothing, with progress,
 * the rejected rows (also as CSV) and an audit record with the file's SHA-256 and counts.
 */
@PortalIntegrationTest
class SalaryImportScreenTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private MvcTestResult upload(String name, byte[] content) {
        return mvc.post()
                .uri("/admin/imports")
                .multipart()
                .file(new MockMultipartFile("file", name, "text/csv", content))
                .with(user("importer@example.test").roles("ADMIN"))
                .with(csrf())
                .exchange();
    }

    private Document page(String uri) throws Exception {
        MvcTestResult result = mvc.get()
                .uri(uri)
                .with(user("importer@example.test").roles("ADMIN"))
                .exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Uploads, then waits for the background import to finish; answers the job's page. */
    private Document imported(String name, byte[] content) throws Exception {
        MvcTestResult posted = upload(name, content);
        assertThat(posted).hasStatus(302);
        String job = posted.getResponse().getRedirectedUrl();
        assertThat(job).matches("/admin/imports/\\d+");
        long id = Long.parseLong(job.substring(job.lastIndexOf('/') + 1));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (jdbc.sql("select status from import_job where id = ?")
                        .param(id)
                        .query(String.class)
                        .single()
                        .equals("running")
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return page(job);
    }

    private static byte[] shippedSurvey() throws Exception {
        try (InputStream in =
                new GZIPInputStream(Files.newInputStream(Path.of("data/aijobs-salaries-2025-01-19.csv.gz")))) {
            return in.readAllBytes();
        }
    }

    @Test
    void theSameSurveyAgainIsReadInFullAndChangesNothing() throws Exception {
        long observations = jdbc.sql("select count(*) from salary_observation")
                .query(Long.class)
                .single();
        Document job = imported("aijobs-salaries-2025-01-19.csv", shippedSurvey());
        assertThat(job.select("#status").text()).contains("unchanged");
        long read = Long.parseLong(job.select("#rows-read").text().replace(",", ""));
        assertThat(read).isGreaterThan(1000);
        assertThat(job.select("#summary").text()).contains("already imported");
        assertThat(jdbc.sql("select count(*) from salary_observation")
                        .query(Long.class)
                        .single())
                .isEqualTo(observations);
        var audit = jdbc.sql("""
                        select after ->> 'sha256', (after ->> 'read')::int from audit_record
                         where action = 'import unchanged' order by id desc limit 1
                        """)
                .query((row, n) -> row.getString(1) + " " + row.getInt(2))
                .single();
        assertThat(audit).isEqualTo(org.careerpath.salaries.SalaryImporter.digest(shippedSurvey()) + " " + read);
    }

    @Test
    void aMostlyInvalidFileImportsNothingAndListsEveryRejectedRow() throws Exception {
        byte[] survey = shippedSurvey();
        String header = new String(survey, 0, 2000, java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .findFirst()
                .orElseThrow();
        StringBuilder bad = new StringBuilder(header).append('\n');
        for (int i = 0; i < 20; i++) {
            bad.append("not,a,survey,row\n");
        }
        long observations = jdbc.sql("select count(*) from salary_observation")
                .query(Long.class)
                .single();
        Document job = imported("mostly-invalid.csv", bad.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(job.select("#status").text()).contains("refused");
        assertThat(job.select("#summary").text()).contains("nothing was imported");
        assertThat(job.select("#rejections tbody tr")).hasSize(20);
        assertThat(job.select("#rejections tbody tr")
                        .first()
                        .select("td")
                        .first()
                        .text())
                .isEqualTo("2");
        assertThat(jdbc.sql("select count(*) from salary_observation")
                        .query(Long.class)
                        .single())
                .isEqualTo(observations);

        String csv = mvc.get()
                .uri(job.select("#rejections-csv").attr("href"))
                .with(user("importer@example.test").roles("ADMIN"))
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(csv.lines()).hasSize(21).first().asString().isEqualTo("line,reason");
    }

    @Test
    void aFileThatIsNotTheSurveyIsRefusedWithAClearMessage() throws Exception {
        Document wrongColumns = imported("columns.csv", "name,age\nAda,36\n".getBytes());
        assertThat(wrongColumns.select("#status").text()).contains("failed");
        assertThat(wrongColumns.select("#summary").text()).isNotBlank();

        MvcTestResult notCsv = upload("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        assertThat(notCsv).hasStatusOk();
        assertThat(notCsv.getResponse().getContentAsString()).contains("Only .csv files can be imported");
        MvcTestResult binary = upload("binary.csv", new byte[] {'a', 0, 'b'});
        assertThat(binary.getResponse().getContentAsString()).contains("not text");
        MvcTestResult empty = upload("empty.csv", new byte[0]);
        assertThat(empty.getResponse().getContentAsString()).contains("Choose a CSV file");
    }

    @Test
    void onlyAdminsImport() throws Exception {
        assertThat(mvc.get()
                        .uri("/admin/imports")
                        .with(user("editor@example.test").roles("EDITOR")))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/admin/imports")
                        .multipart()
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", "a,b\n".getBytes()))
                        .with(user("editor@example.test").roles("EDITOR"))
                        .with(csrf()))
                .hasStatus(403);
    }
}
