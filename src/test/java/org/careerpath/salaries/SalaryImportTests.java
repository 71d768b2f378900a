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
    MockMvcTester mvc;

    @TempDir
    Path folder;

    @AfterEach
    void removeImportedData() {
        jdbc.sql("delete from salary_observation").update();
        jdbc.sql("delete from salary_import").update();
        jdbc.sql("refresh materialized view salary_computed_band").update();
    }

    /** Twelve senior US 2024 responses: $100,000, $110,000, ... $210,000. */
    static final List<Integer> SENIOR =
            IntStream.range(0, 12).map(i -> 100_000 + i * 10_000).boxed().toList();

    private static String row(int year, String level, String title, String usd, String residence) {
        return year + "," + level + ",FT," + title + "," + usd + ",USD," + usd + "," + residence + ",0," + residence
                + ",M";
    }

    /** The fixture: good senior rows, five mid-level rows (too few to publish), and one bad row of each kind. */
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
        lines.addAll(List.of(extraLines));
        Path file = folder.resolve("salaries.csv");
        Files.write(file, lines);
        return file;
    }

    private long observations() {
        return jdbc.sql("select count(*) from salary_observation")
                .query(Long.class)
                .single();
    }

    @Test
    void importsGoodRowsAndReportsEachBadRowByLine() throws Exception {
        SalaryImporter.Result result = importer.importFile(fixture());

        assertThat(result.read()).isEqualTo(23);
        assertThat(result.imported()).isEqualTo(18);
        assertThat(result.rejected()).isEqualTo(5);
        assertThat(result.rejections()).extracting(Rejection::lineNumber).containsExactly(19, 20, 21, 22, 23);
        assertThat(result.rejections().get(0).reason()).contains("negative");
        assertThat(result.rejections().get(1).reason()).contains("outside the plausible range");
        assertThat(result.rejections().get(2).reason()).contains("not a number");
        assertThat(result.rejections().get(3).reason()).contains("unknown experience_level 'XX'");
        assertThat(result.rejections().get(4).reason()).contains("short row");
        assertThat(result.summary()).contains("read 23 rows, imported 18, rejected 5");

        assertThat(observations()).isEqualTo(18);
        assertThat(jdbc.sql("select rows_read || '/' || rows_imported || '/' || rows_rejected from salary_import")
                        .query(String.class)
                        .single())
                .isEqualTo("23/18/5");
    }

    @Test
    void importingTheSameFileTwiceDoesNotDoubleTheData() throws Exception {
        Path file = fixture();
        importer.importFile(file);
        SalaryImporter.Result again = importer.importFile(file);

        assertThat(again.unchanged()).isTrue();
        assertThat(observations()).isEqualTo(18);

        // a new version of the file replaces the previous observations rather than adding to them
        SalaryImporter.Result newer =
                importer.importFile(fixture(row(2024, "SE", "Machine Learning Engineer", "220000", "US")));
        assertThat(newer.unchanged()).isFalse();
        assertThat(observations()).isEqualTo(19);
    }

    @Test
    void computesPercentilesAsPostgresPercentileContDoes() throws Exception {
        importer.importFile(fixture());

        record Band(
                int sampleSize, BigDecimal p10, BigDecimal p25, BigDecimal median, BigDecimal p75, BigDecimal p90) {}
        Band band = jdbc.sql("""
                        select sample_size, p10, p25, median, p75, p90 from salary_computed_band
                        where experience_level = 'SE' and employee_residence = 'US' and work_year = 2024
                        """).query(Band.class).single();
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
        importer.importFile(fixture());

        Document page = Pages.page(mvc, "/salaries?location=US&year=2024");
        var computed = page.select("#level-senior tbody tr[data-source=aijobs-observations]");
        assertThat(computed).hasSize(1);
        assertThat(computed.select(".median").text()).isEqualTo("$155,000");
        assertThat(computed.select(".sample").text()).isEqualTo("12");
        assertThat(computed.text()).contains("computed by CareerPath");

        // five mid-level responses exist but fewer than 10 are never published
        assertThat(jdbc.sql("select sample_size from salary_computed_band where experience_level = 'MI'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
        assertThat(page.select("#level-mle tbody tr[data-source=aijobs-observations]"))
                .isEmpty();
        assertThat(Pages.html(Pages.get(mvc, "/api/salaries?source=aijobs-observations"))
                        .text())
                .doesNotContain("\"level\":\"mle\"");
        assertThat(page.select("#methodology").text()).contains("18 imported survey responses");
    }

    @Test
    void rejectsAFileThatIsNotASalarySurvey() throws Exception {
        Path file = folder.resolve("other.csv");
        Files.writeString(file, "name,email\nAda,ada@example.com\n");

        assertThatThrownBy(() -> importer.importFile(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lacks the column(s) work_year");
        assertThat(observations()).isZero();
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
