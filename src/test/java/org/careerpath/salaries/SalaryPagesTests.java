package org.careerpath.salaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.careerpath.levels.Level;
import org.careerpath.support.CsvReader;
import org.careerpath.support.Http;
import org.careerpath.support.Pages;
import org.careerpath.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The salary pages on the survey the application loads on its first start, and the published figures. */
@PortalIntegrationTest
class SalaryPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SalaryCatalogue catalogue;

    @Autowired
    SurveyLoader loader;

    @LocalServerPort
    int port;

    private static List<Element> rows(Element section) {
        return section.select("table.bands tbody tr");
    }

    private static Element computedRow(Document page, String level) {
        return page.selectFirst("#level-" + level + " tbody tr[data-source=aijobs-observations]");
    }

    @Test
    void theSurveyIsLoadedOnTheFirstStartAndNeverAgain() throws Exception {
        long responses = jdbc.sql("""
                        select count(*) from salary_observation o join source s on s.id = o.source_id
                        where s.slug = 'aijobs-observations'
                        """).query(Long.class).single();
        assertThat(responses).isEqualTo(74_301);
        String loadedOnce = """
                select count(*) from salary_import i join source s on s.id = i.source_id
                where s.slug = 'aijobs-observations' and i.file_name = 'aijobs-salaries-2025-01-19.csv.gz'
                """;
        assertThat(jdbc.sql(loadedOnce).query(Long.class).single()).isEqualTo(1);

        // a second start: the same content was loaded before, so nothing happens
        assertThat(loader.load()).isFalse();

        assertThat(jdbc.sql(loadedOnce).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from salary_observation")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(responses);
    }

    @Test
    void theComputedBandsOfTheSingleTitleEqualTheReferenceFigures() {
        // REFERENCE.md: "Machine Learning Engineer", full-time, 2024, US residents
        Document page = withTitle("/salaries?location=US&year=2024", "Machine Learning Engineer");
        record Reference(String level, String median, String middle, String outer, String n) {}
        for (Reference r : List.of(
                new Reference("junior", "$139,875", "$115,200–$180,000", "$104,500–$250,000", "276"),
                new Reference("mle", "$172,000", "$137,750–$223,900", "$112,000–$264,200", "940"),
                new Reference("senior", "$201,730", "$161,200–$259,000", "$135,400–$312,200", "2,968"))) {
            Element row = computedRow(page, r.level());
            assertThat(row).as(r.level()).isNotNull();
            assertThat(row.select(".figure").text()).as(r.level()).isEqualTo("median " + r.median());
            assertThat(row.select(".middle").text()).as(r.level()).isEqualTo(r.middle());
            assertThat(row.select(".outer").text()).as(r.level()).isEqualTo(r.outer());
            assertThat(row.select(".sample").text()).as(r.level()).isEqualTo("n = " + r.n());
            assertThat(row.select(".statistic").text()).as(r.level()).contains("gross salary");
        }
        assertThat(page.select("#filter-errors")).isEmpty();
        assertThat(page.select(".titles-field summary").text()).contains("(1 of ");
    }

    @Test
    void everyCountryLevelAndYearWithEnoughResponsesHasItsComputedBandOnThePage() {
        record Group(String location, String level, int year, int n) {}
        List<Group> groups = jdbc.sql("""
                        select b.location_code as location, l.slug as level, b.work_year as year, b.sample_size as n
                        from salary_computed_band b
                        join career_level l on l.id = b.level_id join source s on s.id = b.source_id
                        where s.slug = 'aijobs-observations' and b.sample_size >= 10
                        order by b.location_code, b.work_year, l.slug
                        """).query(Group.class).list();
        assertThat(groups).extracting(Group::location).contains("US", "GB", "DE", "CA", "WORLD");
        Map<String, Document> pages = new java.util.HashMap<>();
        for (Group g : groups) {
            Document page = pages.computeIfAbsent(
                    g.location() + "/" + g.year(),
                    k -> Pages.page(mvc, "/salaries?location=" + g.location() + "&year=" + g.year()));
            Element row = computedRow(page, g.level());
            assertThat(row).as("%s", g).isNotNull();
            assertThat(row.attr("data-location")).as("%s", g).isEqualTo(g.location());
            assertThat(row.select(".sample").text()).as("%s", g).isEqualTo("n = " + String.format("%,d", g.n()));
        }
        // fewer than 10 responses are never shown
        assertThat(catalogue.load().computed()).allMatch(b -> b.sampleSize() >= Salaries.MIN_SAMPLE);
    }

    @Test
    void aCountryOutsideTheUsShowsItsOwnBandsAndSaysWhereItFallsBack() {
        Document page = Pages.page(mvc, "/salaries?location=GB");

        Element senior = computedRow(page, "senior");
        assertThat(senior.attr("data-location")).isEqualTo("GB");
        assertThat(senior.select(".sample").text()).startsWith("n = ");
        assertThat(page.select("#level-senior .reconcile").text()).doesNotContain("No data for this level");
        // the survey has no staff level and no guide covers the UK: the nearest place any source covers
        assertThat(page.select("#level-staff .reconcile").text())
                .contains("No data for this level in United Kingdom", "in the United States");
        assertThat(rows(page.selectFirst("#level-staff")))
                .isNotEmpty()
                .allMatch(r -> r.attr("data-location").equals("US"));
        assertThat(page.select("#occupations .no-data").text()).contains("BLS covers the United States only");
    }

    @Test
    void everyLevelOfBothTracksShowsPayFromACitedSourceInEveryPlace() {
        List<Level> levels = catalogue.load().ladder().levels();
        assertThat(levels).hasSize(8);
        for (String place : List.of("US", "WORLD", "GB", "DE", "IN", "US-CA", "US-CA-SF", "US-TX-AUS", "US-HUBS")) {
            Document page = Pages.page(mvc, "/salaries?location=" + place);
            for (Level level : levels) {
                Element section = page.selectFirst("#level-" + level.slug());
                assertThat(section).as("%s in %s", level.slug(), place).isNotNull();
                assertThat(rows(section)).as("%s in %s", level.slug(), place).isNotEmpty();
                assertThat(section.select(".reconcile .central").text())
                        .as("%s in %s", level.slug(), place)
                        .isNotEmpty();
                for (Element link : section.select("tbody td:first-child a")) {
                    String slug = link.attr("href").substring("/sources#".length());
                    record Citation(String publisher, String title, java.time.LocalDate dateRead) {}
                    Citation c = jdbc.sql("select publisher, title, date_read from source where slug = ?")
                            .param(slug)
                            .query(Citation.class)
                            .single();
                    assertThat(c.dateRead()).as(slug).isNotNull();
                    assertThat(link.text()).as(slug).startsWith(c.publisher());
                }
            }
        }
        Document ladder = Pages.page(mvc, "/ladder");
        assertThat(ladder.select(".headline-pay .pay-central"))
                .hasSize(8)
                .allMatch(e -> e.text().contains("$"));
    }

    @Test
    void aLevelIsShownBelowTheOneUnderItOnlyAsOneSourcesFindingAndThenSaysSo() {
        for (String place : List.of("US", "WORLD", "GB", "CA", "US-CA-SF")) {
            Salaries salaries = catalogue.load();
            SalaryFilter filter = new SalaryFilter(place, null, null, null, null, java.util.Set.of());
            List<LevelPay> pay = salaries.pay(filter);
            for (LevelPay upper : pay) {
                var below = salaries.ladder().below(upper.level());
                if (below.isEmpty()) {
                    continue;
                }
                LevelPay under = pay.stream()
                        .filter(p -> p.level().equals(below.get()))
                        .findFirst()
                        .orElseThrow();
                BigDecimal a = under.centralValue();
                BigDecimal b = upper.centralValue();
                if (a != null && b != null && b.compareTo(a) < 0) {
                    assertThat(upper.belowLevelUnder())
                            .as("%s in %s", upper.level().slug(), place)
                            .isNotNull();
                    BandView x = upper.central();
                    BandView y = under.central();
                    if (x.sourceSlug().equals(y.sourceSlug())
                            && x.locationCode().equals(y.locationCode())
                            && java.util.Objects.equals(x.year(), y.year())) {
                        assertThat(upper.belowLevelUnder()).contains("We show it as reported");
                    } else {
                        assertThat(upper.belowLevelUnder()).contains("not compared");
                    }
                }
            }
        }
        Document page = Pages.page(mvc, "/salaries");
        assertThat(page.select(".pay-note").eachText())
                .allMatch(t -> t.contains("as reported") || t.contains("not compared"));
    }

    @Test
    void sanFranciscoAndAustinAreSingleFiguresNeverMedians() throws Exception {
        Pattern median = Pattern.compile("(?i)median\\W{0,3}\\$?(258,810|210,000)");
        for (String path : List.of(
                "/salaries?location=US-CA-SF",
                "/salaries?location=US-TX-AUS",
                "/salaries?location=US-CA",
                "/levels/senior",
                "/guides/senior-ml-engineer",
                "/salaries/compare?levels=mle,senior&location=US-CA-SF",
                "/ladder")) {
            Document page = Pages.page(mvc, path);
            assertThat(median.matcher(page.text()).find()).as(path).isFalse();
            for (Element row : page.select("tr[data-location=US-CA-SF], tr[data-location=US-TX-AUS]")) {
                assertThat(row.attr("data-statistic")).as(path).isEqualTo("single");
                assertThat(row.select(".figure").text()).as(path).startsWith("a single figure of $");
                assertThat(row.select(".statistic").text()).as(path).contains("Single quoted figure");
            }
            for (Element jsonLd : page.select("script[type=application/ld+json]")) {
                assertThat(jsonLd.data()).as(path).doesNotContain("258810", "210000");
            }
        }
        Document sf = Pages.page(mvc, "/salaries?location=US-CA-SF");
        assertThat(sf.select("#level-senior tr[data-location=US-CA-SF]")).hasSize(1);
        assertThat(sf.select("#level-senior .reconcile").text()).contains("a single figure of $258,810");

        for (String place : List.of("US-CA-SF", "US-TX-AUS")) {
            List<List<String>> csv = CsvReader.parse(
                    body(mvc.get().uri("/salaries.csv?location=" + place).exchange()));
            List<String> header = csv.get(0);
            List<List<String>> metro = csv.stream()
                    .filter(r -> r.get(header.indexOf("location_code")).equals(place))
                    .toList();
            assertThat(metro).as(place).hasSize(1);
            assertThat(metro.get(0).get(header.indexOf("median"))).as(place).isEmpty();
            assertThat(metro.get(0).get(header.indexOf("statistic"))).as(place).startsWith("Single quoted figure");
            assertThat(metro.get(0).get(header.indexOf("single_figure")))
                    .as(place)
                    .isIn("258810", "210000");
            JsonNode json = JsonMapper.shared()
                    .readTree(body(mvc.get()
                            .uri("/api/salaries?location=" + place + "&level=senior")
                            .exchange()));
            JsonNode figure = json.get("levels").get(0).get("figures").get(0);
            assertThat(figure.get("median").isNull()).as(place).isTrue();
            assertThat(figure.get("statistic").asString()).as(place).startsWith("Single quoted figure");
        }
    }

    @Test
    void noPageCitesASeedFile() {
        List<String> paths = new ArrayList<>(
                org.jsoup.Jsoup.parse(body(mvc.get().uri("/sitemap.xml").exchange())).select("loc").eachText().stream()
                        .map(url -> url.replaceFirst("^https?://[^/]+", ""))
                        .toList());
        paths.addAll(List.of(
                "/salaries?location=GB",
                "/salaries?location=US-CA-SF",
                "/salaries/compare?levels=junior,mle,senior,staff",
                "/salaries.csv",
                "/api/salaries",
                "/sources",
                "/methodology"));
        assertThat(paths).hasSizeGreaterThan(40);
        Pattern seed = Pattern.compile("(?i)seed\\s*0");
        for (String path : paths) {
            String text = body(mvc.get().uri(path).exchange());
            assertThat(seed.matcher(text).find()).as(path).isFalse();
        }
    }

    @Test
    void badFiltersGiveTheFormBackWith400AndAMessageNeverA500() {
        record Bad(String query, String message) {}
        List<Bad> cases = List.of(
                new Bad("location=Atlantis", "We have no location “Atlantis”"),
                new Bad("source=seed-001", "We have no source “seed-001”"),
                new Bad("level=wizard", "We have no level “wizard”"),
                new Bad("year=1999", "We have no year “1999”"),
                new Bad("year=soon", "“soon” is not a year"),
                new Bad("basis=bitcoin", "We have no pay basis “bitcoin”"),
                new Bad("location=" + "x".repeat(5000), "too long to be one (5000 characters)"),
                new Bad("location=US&location=GB", "given 2 times"),
                new Bad("title=Sorcerer", "not one of the survey titles"));
        for (Bad bad : cases) {
            var page = Http.get(port, "/salaries?" + bad.query());
            assertThat(page.statusCode()).as(bad.query()).isEqualTo(400);
            Document html = org.jsoup.Jsoup.parse(page.body());
            assertThat(html.select("#filter-errors").text()).as(bad.query()).contains(bad.message());
            assertThat(html.select("form[aria-label='Filter salaries']"))
                    .as(bad.query())
                    .hasSize(1);
            assertThat(html.select("#level-senior"))
                    .as("%s: the rest still shows", bad.query())
                    .hasSize(1);
            for (String download :
                    List.of("/salaries.csv?", "/api/salaries?", "/salaries/compare?levels=mle,senior&")) {
                var response = Http.get(port, download + bad.query());
                assertThat(response.statusCode()).as(download + bad.query()).isEqualTo(400);
                assertThat(response.body()).as(download + bad.query()).doesNotContain("Exception", "\u0000");
            }
        }
        for (String path : List.of(
                "/salaries?location=US%00",
                "/salaries?title=AI%00Engineer", "/salaries.csv?location=US%00", "/api/salaries?title=AI%00Engineer")) {
            var nul = Http.get(port, path);
            assertThat(nul.statusCode()).as(path).isEqualTo(400);
            assertThat(nul.body()).as(path).contains("NUL byte").doesNotContain("Exception", "\u0000");
        }
        var badLevel = Http.get(port, "/salaries/compare?levels=mle,%00" + "y".repeat(5000));
        assertThat(badLevel.statusCode()).isEqualTo(400);
    }

    @Test
    void downloadsCarryStatisticBasisSourceAddressesNotesAndEmployment() throws Exception {
        List<List<String>> csv =
                CsvReader.parse(body(mvc.get().uri("/salaries.csv").exchange()));
        List<String> header = csv.get(0);
        assertThat(header).containsExactlyElementsOf(BandFields.HEADER);
        List<List<String>> rows = csv.subList(1, csv.size());
        assertThat(rows).isNotEmpty();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get(header.indexOf("statistic"))).isNotEmpty();
            assertThat(r.get(header.indexOf("pay_basis"))).isNotEmpty();
            assertThat(r.get(header.indexOf("publisher"))).isNotEmpty();
            assertThat(r.get(header.indexOf("source_title"))).isNotEmpty();
            assertThat(r.get(header.indexOf("date_read"))).matches("\\d{4}-\\d{2}-\\d{2}");
        });
        List<List<String>> bls = rows.stream()
                .filter(r -> r.get(header.indexOf("section")).equals("occupation"))
                .toList();
        assertThat(bls).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get(header.indexOf("source_url"))).isEqualTo("https://www.bls.gov/oes/");
            assertThat(r.get(header.indexOf("bls_employment"))).matches("\\d+");
        });
        assertThat(rows)
                .anySatisfy(r -> assertThat(r.get(header.indexOf("note"))).isNotEmpty());
        assertThat(rows)
                .anySatisfy(r -> assertThat(r.get(header.indexOf("pay_basis"))).isEqualTo("Gross salary"));

        JsonNode json =
                JsonMapper.shared().readTree(body(mvc.get().uri("/api/salaries").exchange()));
        assertThat(json.get("levels")).hasSize(8);
        assertThat(json.get("projections")).hasSize(3);
        JsonNode dataScientists = json.get("projections").get(0);
        assertThat(dataScientists.get("occupation_code").asString()).isEqualTo("15-2051");
        assertThat(dataScientists.get("change_percent").decimalValue()).isEqualByComparingTo("36.0");
        assertThat(dataScientists.get("openings_per_year_thousands").decimalValue())
                .isEqualByComparingTo("20.8");
        assertThat(json.get("occupations").get(0).get("bls_employment").isNumber())
                .isTrue();
        assertThat(json.get("sources"))
                .allSatisfy(s -> assertThat(s.get("dateRead").isString()).isTrue());
    }

    @Test
    void theProjectionsAreOnTheSalaryPageAndOnTheGuidesTheyConcern() {
        Document salaries = Pages.page(mvc, "/salaries");
        assertThat(salaries.select("#demand tr[data-occupation]")).hasSize(3);
        assertThat(salaries.select("#demand tr[data-occupation=15-2051]").text())
                .contains("202,900", "276,000", "+73,100 (+36.0%)", "20,800 a year", "$108,020");
        assertThat(salaries.select("#demand").text())
                .contains("U.S. Bureau of Labor Statistics", "Employment Projections, 2023–2033");

        record Role(String slug, String socCode) {}
        List<Role> roles = jdbc.sql("select r.slug, r.soc_code from role r join role_guide g on g.role_id = r.id")
                .query(Role.class)
                .list();
        List<String> projected = List.of("15-2051", "15-1221", "15-1252");
        for (Role role : roles) {
            Document guide = Pages.page(mvc, "/guides/" + role.slug());
            if (role.socCode() != null && projected.contains(role.socCode())) {
                assertThat(guide.select("#demand tr[data-occupation]").eachAttr("data-occupation"))
                        .as(role.slug())
                        .containsExactly(role.socCode());
            } else {
                assertThat(guide.select("#demand")).as(role.slug()).isEmpty();
            }
        }
    }

    @Test
    void theComparePageMeasuresEachStepWithinOneSourceOrSaysWhichItMixes() {
        Document survey = Pages.page(mvc, "/salaries/compare?levels=junior,mle,senior");
        assertThat(survey.select("table.steps tbody tr"))
                .hasSize(2)
                .allMatch(r -> r.attr("data-same-source").equals("true"));
        assertThat(survey.select("table.steps .how").eachText())
                .allMatch(t -> t.startsWith("Both from aijobs.net survey"));
        assertThat(survey.select("#mixed-notice")).isEmpty();

        Document mixed = Pages.page(mvc, "/salaries/compare?levels=senior,staff,principal");
        assertThat(mixed.select("#mixed-notice")).hasSize(1);
        assertThat(mixed.select("tr[data-from=senior][data-to=staff] .how").text())
                .startsWith("Mixed sources:")
                .contains("aijobs.net survey", "SkillExchange", "lower bound");
        assertThat(mixed.select("tr[data-from=staff][data-to=principal]").attr("data-same-source"))
                .isEqualTo("true");
        assertThat(mixed.select(".compare-columns section")).hasSize(3);
    }

    @Test
    void theMethodologyNamesEveryTitleAndTheMappingAndNarrowingTheTitlesChangesTheFigures() {
        Document page = Pages.page(mvc, "/salaries");
        List<String> titles = jdbc.sql("select job_title from survey_title order by position")
                .query(String.class)
                .list();
        assertThat(page.select("#methodology .survey-titles li")).hasSize(titles.size());
        assertThat(page.select("#methodology .survey-titles").text()).contains(titles.toArray(String[]::new));
        assertThat(page.select("input[name=title]").eachAttr("value")).containsExactlyElementsOf(titles);
        assertThat(page.select("#methodology .level-map").text())
                .contains("Engineering manager titles", "ML Engineering Manager", "Director and head-of titles");

        int aiEngineers = jdbc.sql("""
                        select count(*) from salary_observation where job_title = 'AI Engineer' and employment_type = 'FT'
                        and experience_level = 'SE' and employee_residence = 'US' and work_year = 2024
                        """).query(Integer.class).single();
        Document narrowed = withTitle("/salaries?year=2024", "AI Engineer");
        assertThat(computedRow(narrowed, "senior").select(".sample").text())
                .isEqualTo("n = " + String.format("%,d", aiEngineers));
        assertThat(computedRow(page, "senior").select(".sample").text())
                .isNotEqualTo(computedRow(narrowed, "senior").select(".sample").text());
    }

    /** A page with a survey title chosen (titles have spaces, so they go as a parameter, not in the path). */
    private Document withTitle(String path, String title) {
        MvcTestResult result = mvc.get()
                .uri(path)
                .param("title", title)
                .accept(org.springframework.http.MediaType.TEXT_HTML)
                .exchange();
        assertThat(result).hasStatusOk();
        return Pages.html(result);
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
