package org.careerpath.salaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.careerpath.salaries.ObservationParser.Rejection;
import org.careerpath.support.Pages;
import org.careerpath.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PortalIntegrationTest
class SalaryImportTests {

    static final String HEADER = String.join(",", ObservationParser.COLUMNS);

    @Autowired
    SalaryImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.careerpath.web.ContentVersion contentVersion;

    @Autowired
    MockMvcTester mvc;

    @TempDir
    Path folder;

    /** The tests import into a source of their own, beside the survey the application loaded on start. */
    static final String SOURCE = "test-survey";

    @BeforeEach
    void testSource() {
        jdbc.sql("""
                insert into source (slug, publisher, title, year, kind, method_note, position, date_read)
                values (?, 'Test survey', 'Fixture responses', 2024, 'survey', 'Made up for the tests.', 99, current_date)
                on conflict (slug) do nothing
                """).param(SOURCE).update();
        // a new source is new content, as the editor would publish it
        contentVersion.bump();
    }

    @AfterEach
    void removeImportedData() {
        jdbc.sql("delete from salary_observation where source_id = (select id from source where slug = ?)")
                .param(SOURCE)
                .update();
        jdbc.sql("delete from salary_import where source_id = (select id from source where slug = ?)")
                .param(SOURCE)
                .update();
        jdbc.sql("refresh materialized view salary_computed_band").update();
        jdbc.sql("refresh materialized view survey_title_count").update();
        contentVersion.bump();
    }

    private SalaryImporter.Result importFile(Path file) throws Exception {
        return importer.importFile(file, SOURCE);
    }

    /** Twelve senior US 2024 responses: $100,000, $110,000, ... $210,000. */
    static final List<Integer> SENIOR =
            IntStream.range(0, 12).map(i -> 100_000 + i * 10_000).boxed().toList();

    private static String row(int year, String level, String title, String usd, String residence) {
        return year + "," + level + ",FT," + title + "," + usd + ",USD," + usd + "," + residence + ",0," + residence
                + ",M";
    }

    /**
     * The fixture: good senior rows, five mid-level rows (too few to publish), one bad row of each kind, and
     * forty good rows of another title, so that fewer than 10% of the rows are rejected.
     */
    private Path fixture(String... extraLines) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        SENIOR.forEach(usd -> lines.add(row(2024, "SE", "Machine Learning Engineer", usd.toString(), "US")));
        IntStream.range(0, 5).forEach(i -> lines.add(row(2024, "MI", "Machine Learning Engineer", "150000", "US")));
        lines.add(row(2024, "SE", "Machine Learning Engineer", "-5000", "US")); // line 19: negative
        lines.add(row(2024, "SE", "Machine Learning Engineer", "99", "US")); // line 20: absurd
        lines.add(row(2024, "SE", "Machine Learning Engineer", "lots", "US")); // line 21: not a number
        lines.add(row(2024, "XX", "Machine Learning Engineer", "150000", "US")); // line 22: unknown level
        lines.add("2024,SE,FT,Machine Learning Engineer,150000"); // line 23: short row
        lines.add(row(2024, "SE", "Data Scientist", "120000", "GB")); // line 24: good, another title
        IntStream.range(0, 40).forEach(i -> lines.add(row(2023, "MI", "Data Analyst", "90000", "DE")));
        lines.addAll(List.of(extraLines));
        Path file = folder.resolve("salaries.csv");
        Files.write(file, lines);
        return file;
    }

    private long observations() {
        return jdbc.sql(
                        "select count(*) from salary_observation o join source s on s.id = o.source_id where s.slug = ?")
                .param(SOURCE)
                .query(Long.class)
                .single();
    }

    @Test
    void importsGoodRowsAndReportsEachBadRowByLine() throws Exception {
        SalaryImporter.Result result = importFile(fixture());

        assertThat(result.read()).isEqualTo(63);
        assertThat(result.imported()).isEqualTo(58);
        assertThat(result.rejected()).isEqualTo(5);
        assertThat(result.rejections()).extracting(Rejection::lineNumber).containsExactly(19, 20, 21, 22, 23);
        assertThat(result.rejections().get(0).reason()).contains("negative");
        assertThat(result.rejections().get(1).reason()).contains("outside the plausible range");
        assertThat(result.rejections().get(2).reason()).contains("not a number");
        assertThat(result.rejections().get(3).reason()).contains("unknown experience_level 'XX'");
        assertThat(result.rejections().get(4).reason()).contains("short row");
        assertThat(result.summary()).contains("read 63 rows, imported 58, rejected 5");

        assertThat(observations()).isEqualTo(58);
        assertThat(jdbc.sql("""
                        select rows_read || '/' || rows_imported || '/' || rows_rejected from salary_import i
                        join source s on s.id = i.source_id where s.slug = ?
                        """).param(SOURCE).query(String.class).single()).isEqualTo("63/58/5");
    }

    @Test
    void importingTheSameFileTwiceDoesNotDoubleTheData() throws Exception {
        Path file = fixture();
        importFile(file);
        SalaryImporter.Result again = importFile(file);

        assertThat(again.unchanged()).isTrue();
        assertThat(observations()).isEqualTo(58);

        // a new version of the file replaces the previous observations rather than adding to them
        SalaryImporter.Result newer = importFile(fixture(row(2024, "SE", "Machine Learning Engineer", "220000", "US")));
        assertThat(newer.unchanged()).isFalse();
        assertThat(observations()).isEqualTo(59);
    }

    @Test
    void computesPercentilesAsPostgresPercentileContDoes() throws Exception {
        importFile(fixture());

        record Band(
                int sampleSize, BigDecimal p10, BigDecimal p25, BigDecimal median, BigDecimal p75, BigDecimal p90) {}
        Band band = jdbc.sql("""
                        select b.sample_size, b.p10, b.p25, b.median, b.p75, b.p90 from salary_computed_band b
                        join source s on s.id = b.source_id join career_level l on l.id = b.level_id
                        where s.slug = ? and l.slug = 'senior' and b.location_code = 'US' and b.work_year = 2024
                        """).param(SOURCE).query(Band.class).single();
        assertThat(band.sampleSize()).isEqualTo(12);
        assertThat(band.p10()).isEqualByComparingTo(linear(SENIOR, 0.10));
        assertThat(band.p25()).isEqualByComparingTo(linear(SENIOR, 0.25));
        assertThat(band.median()).isEqualByComparingTo("155000");
        assertThat(band.p75()).isEqualByComparingTo(linear(SENIOR, 0.75));
        assertThat(band.p90()).isEqualByComparingTo(linear(SENIOR, 0.90));
        // known values for this fixture: positions 1.1, 2.75, 5.5, 8.25, 9.9 of 0..11
        assertThat(band.p10()).isEqualByComparingTo("111000");
        assertThat(band.p25()).isEqualByComparingTo("127500");
        assertThat(band.p90()).isEqualByComparingTo("199000");
    }

    @Test
    void salaryPageShowsComputedBandsWithTheirCountButNotSmallOnes() throws Exception {
        importFile(fixture());

        Document page = Pages.page(mvc, "/salaries?location=US&year=2024&source=" + SOURCE);
        var computed = page.select("#level-senior tbody tr[data-source=" + SOURCE + "]");
        assertThat(computed).hasSize(1);
        assertThat(computed.select(".figure").text()).isEqualTo("median $155,000");
        assertThat(computed.select(".sample").text()).isEqualTo("n = 12");
        assertThat(computed.text()).contains("computed by CareerPath", "Gross salary".toLowerCase());

        // five mid-level responses exist but fewer than 10 are never published
        assertThat(jdbc.sql("""
                        select b.sample_size from salary_computed_band b join source s on s.id = b.source_id
                        join career_level l on l.id = b.level_id
                        where s.slug = ? and l.slug = 'mle' and b.location_code = 'US'
                        """).param(SOURCE).query(Integer.class).single()).isEqualTo(5);
        assertThat(page.select("#level-mle tbody tr[data-source=" + SOURCE + "]"))
                .isEmpty();
    }

    @Test
    void rejectsAFileThatIsNotASalarySurvey() throws Exception {
        Path file = folder.resolve("other.csv");
        Files.writeString(file, "name,email\nAda,ada@example.com\n");

        assertThatThrownBy(() -> importFile(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lacks the column(s) work_year");
        assertThat(observations()).isZero();
    }

    @Test
    void aFileThatIsMostlyInvalidImportsNothingAndSaysWhy() throws Exception {
        importFile(fixture());
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        IntStream.range(0, 8).forEach(i -> lines.add(row(2024, "SE", "Machine Learning Engineer", "150000", "US")));
        IntStream.range(0, 2).forEach(i -> lines.add(row(2024, "SE", "Machine Learning Engineer", "n/a", "US")));
        Path file = folder.resolve("mostly-bad.csv");
        Files.write(file, lines);

        SalaryImporter.Result result = importFile(file);

        assertThat(result.refused()).isTrue();
        assertThat(result.imported()).isZero();
        assertThat(result.rejections()).extracting(Rejection::lineNumber).containsExactly(10, 11);
        assertThat(result.summary()).contains("2 of 10 rows rejected, more than 10%", "nothing was imported");
        // the earlier import is untouched
        assertThat(observations()).isEqualTo(58);
    }

    /** Linear interpolation between closest ranks, as percentile_cont. */
    static BigDecimal linear(List<Integer> sorted, double fraction) {
        double position = fraction * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        double value = sorted.get(lower) + (position - lower) * (sorted.get(upper) - sorted.get(lower));
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
