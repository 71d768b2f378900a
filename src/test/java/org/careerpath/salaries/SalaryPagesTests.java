package org.careerpath.salaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.careerpath.support.CsvReader;
import org.careerpath.support.Pages;
import org.careerpath.support.PortalIntegrationTest;
import org.careerpath.web.Formats;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PortalIntegrationTest
class SalaryPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private long bands(String where, Object... params) {
        var spec = jdbc.sql("select count(*) from salary_band b join source s on s.id = b.source_id where " + where);
        for (Object p : params) {
            spec = spec.param(p);
        }
        return spec.query(Long.class).single();
    }

    private List<Element> rows(Document page) {
        return page.select("table.bands tbody tr");
    }

    @Test
    void showsEveryPublishedFigureWithItsSourceAndYear() {
        Document page = Pages.page(mvc, "/salaries");

        assertThat(rows(page)).hasSize((int) bands("true"));
        Element senior = page.selectFirst("#level-senior tbody tr[data-source=aijobs-2024]");
        assertThat(senior.select("td").get(0).text()).isEqualTo("aijobs.net, 2024");
        assertThat(senior.select(".p10").text()).isEqualTo("$135,400");
        assertThat(senior.select(".median").text()).isEqualTo("$201,730");
        assertThat(senior.select(".p90").text()).isEqualTo("$312,200");
        assertThat(senior.select(".sample").text()).isEqualTo("2,968");

        Element bls = page.selectFirst("#occupations tbody tr[data-source=bls-oews-2024]:contains(Data Scientists)");
        assertThat(bls.text()).contains("Data Scientists", "$112,590", "U.S. Bureau of Labor Statistics, 2024");
        assertThat(page.select("#level-senior svg.salary-chart .band-row"))
                .hasSize(page.select("#level-senior tbody tr").size());
        assertThat(page.select("#methodology dt").eachText()).anyMatch(t -> t.startsWith("aijobs.net, 2024"));
    }

    @Test
    void everyMedianOnThePageEqualsTheDatabase() {
        Document page = Pages.page(mvc, "/salaries?location=US");
        List<BigDecimal> expected = jdbc.sql(
                        "select median from salary_band where location_code = 'US' and median is not null")
                .query(BigDecimal.class)
                .list();
        List<BigDecimal> shown = page.select("table.bands td.median").eachText().stream()
                .filter(t -> !t.isEmpty())
                .map(t -> new BigDecimal(t.replace("$", "").replace(",", "")))
                .toList();
        assertThat(shown).usingElementComparator(BigDecimal::compareTo).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void filtersNarrowTheRows() {
        Document california = Pages.page(mvc, "/salaries?location=US-CA");
        assertThat(rows(california)).hasSize((int) bands("b.location_code = 'US-CA'"));
        assertThat(rows(california)).allMatch(r -> r.attr("data-location").equals("US-CA"));
        assertThat(california.selectFirst("#location option[selected]").text()).isEqualTo("California");

        Document total = Pages.page(mvc, "/salaries?basis=total");
        assertThat(rows(total))
                .hasSize((int) bands("b.pay_basis = 'total'"))
                .allMatch(r -> r.attr("data-basis").equals("total"));

        Document bls2023 = Pages.page(mvc, "/salaries?source=bls-oews-2023&location=US-TX");
        assertThat(rows(bls2023)).hasSize((int) bands("s.slug = 'bls-oews-2023' and b.location_code = 'US-TX'"));

        Document year = Pages.page(mvc, "/salaries?year=2023");
        assertThat(rows(year)).isNotEmpty().allMatch(r -> r.attr("data-year").equals("2023"));
        assertThat(rows(year).size())
                .isLessThan(rows(Pages.page(mvc, "/salaries")).size());
    }

    @Test
    void unknownFiltersAreNamedAndIgnored() {
        Document page = Pages.page(mvc, "/salaries?location=Atlantis&basis=bitcoin&year=soon");
        assertThat(page.select(".notice").text()).contains("location “Atlantis”", "pay basis “bitcoin”", "year “soon”");
        assertThat(rows(page)).hasSize((int) bands("true"));
    }

    @Test
    void compareShowsMedianDifferencesInDollarsAndPerCent() {
        Document page = Pages.page(mvc, "/salaries/compare?levels=junior,mle,senior");

        var aijobs = page.select("table.steps tbody tr[data-source=aijobs-2024]");
        assertThat(aijobs).hasSize(2);
        BigDecimal junior = median("aijobs-2024", "junior");
        BigDecimal mle = median("aijobs-2024", "mle");
        BigDecimal difference = mle.subtract(junior);
        assertThat(aijobs.get(0).select(".difference").text()).isEqualTo("+" + Formats.money(difference));
        assertThat(aijobs.get(0).select(".percent").text())
                .isEqualTo("+" + difference.multiply(BigDecimal.valueOf(100)).divide(junior, 1, RoundingMode.HALF_UP)
                        + "%");
        assertThat(aijobs.get(0).select(".difference").text()).isEqualTo("+$32,125");
        assertThat(aijobs.get(1).select(".percent").text()).isEqualTo("+17.3%");
        assertThat(page.select("table.steps tbody tr[data-source=skillexchange-2026]"))
                .isEmpty();
        assertThat(page.select(".compare-columns section")).hasSize(3);
    }

    @Test
    void compareSaysWhenNoSourceHasBothMediansAndExplainsBadLevels() {
        Document page = Pages.page(mvc, "/salaries/compare");
        assertThat(page.select("input[name=levels][checked]").eachAttr("value"))
                .containsExactly("senior", "staff", "principal");
        assertThat(page.text()).contains("No source gives a median for two of these levels");
        assertThat(page.select("[data-level=staff]").text()).contains("from $250,000");

        Document bad = Pages.page(mvc, "/salaries/compare?levels=senior,wizard");
        assertThat(bad.select(".notice.danger").text()).contains("wizard");
        assertThat(bad.select(".notice").text()).contains("at least two levels");
    }

    @Test
    void csvParsesBackToTheSameNumbers() throws Exception {
        MvcTestResult result = mvc.get().uri("/salaries.csv?location=US-CA").exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        List<List<String>> rows = CsvReader.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactlyElementsOf(BandFields.HEADER);
        assertThat(rows).hasSize(1 + (int) bands("b.location_code = 'US-CA'"));
        int median = rows.get(0).indexOf("median");
        int label = rows.get(0).indexOf("label");
        List<String> dataScientists = rows.stream()
                .filter(r -> r.get(label).equals("Data Scientists"))
                .map(r -> r.get(median))
                .toList();
        assertThat(dataScientists).containsExactly("133690");
    }

    @Test
    void jsonApiGivesTheSameBands() throws Exception {
        MvcTestResult result =
                mvc.get().uri("/api/salaries?location=US&source=aijobs-2024").exchange();
        assertThat(result).hasStatusOk();
        JsonNode body =
                JsonMapper.builder().build().readTree(result.getResponse().getContentAsString());
        assertThat(body.get("currency").asString()).isEqualTo("USD");
        assertThat(body.get("bands")).hasSize((int) bands("s.slug = 'aijobs-2024'"));
        assertThat(body.get("bands").get(2).get("median").decimalValue()).isEqualByComparingTo("201730");
        assertThat(body.get("bands").get(2).get("level").asString()).isEqualTo("senior");
    }

    private BigDecimal median(String source, String level) {
        return jdbc.sql("""
                        select b.median from salary_band b join source s on s.id = b.source_id
                        join career_level l on l.id = b.level_id where s.slug = ? and l.slug = ?
                        """).param(source).param(level).query(BigDecimal.class).single();
    }
}
