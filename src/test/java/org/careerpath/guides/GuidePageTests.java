package org.careerpath.guides;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PortalIntegrationTest
class GuidePageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    private List<String> column(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (Object param : params) {
            spec = spec.param(param);
        }
        return spec.query(String.class).list();
    }

    @Test
    void guidesIndexListsEveryRoleGroupedByTrackInLevelOrder() {
        Document page = Pages.page(mvc, "/guides");

        List<String> icTitles = column("""
                select r.title from role r join career_level l on l.id = r.level_id
                join career_track t on t.id = l.track_id where t.slug = 'individual-contributor'
                order by l.rank_in_track, r.position
                """);
        assertThat(page.select("section[aria-labelledby=guides-individual-contributor] .guide-title")
                        .eachText())
                .containsExactlyElementsOf(icTitles);
        assertThat(page.select(".guide-title"))
                .hasSize(column("select slug from role").size());
        assertThat(page.select("section[aria-labelledby=guides-neighbours] .guide-title")
                        .eachText())
                .containsExactlyInAnyOrderElementsOf(column("select title from role where family = 'neighbour'"));
        assertThat(page.select("section[aria-labelledby=guides-neighbours] .tag")
                        .eachText())
                .allMatch(tag -> tag.startsWith("Its own job"));
        assertThat(page.select(".guide-summary").eachText()).allMatch(text -> !text.isBlank());
    }

    @Test
    void seniorGuideShowsEverySectionFromTheDatabase() {
        Document page = Pages.page(mvc, "/guides/senior-ml-engineer");

        String overview = column(
                        "select g.overview from role_guide g join role r on r.id = g.role_id where r.slug = ?",
                        "senior-ml-engineer")
                .get(0);
        assertThat(page.select("#overview p").first().text()).isEqualTo(overview);
        assertThat(page.select("#responsibilities li").eachText())
                .containsExactlyElementsOf(entries("responsibility", "body"));
        assertThat(page.select("#day p").text()).contains("40-50%");
        assertThat(page.select("#tools dt").eachText()).containsExactlyElementsOf(entries("tool", "heading"));
        assertThat(page.select("#interview h3").eachText())
                .containsExactly("ML system design", "Technical deep dives", "Leadership and behaviour", "Coding");
        assertThat(page.select("#interview li"))
                .hasSize(entries("interview", "body").size());
        assertThat(page.select("#challenges dt").eachText()).containsExactlyElementsOf(entries("challenge", "heading"));
        assertThat(page.select("#skill-gaps dt").eachText()).containsExactlyElementsOf(entries("skill-gap", "heading"));
        assertThat(page.select("#faq dt").eachText()).containsExactlyElementsOf(entries("faq", "heading"));
        assertThat(page.select("#sources li").text())
                .contains("What It Takes to Be a Senior Machine Learning Engineer")
                .contains("Hakia")
                .doesNotContain("seed");
        assertThat(page.select("#sources time").attr("datetime")).isEqualTo("2026-11-23");

        // every TOC link points at a section on the page
        for (Element link : page.select(".toc a")) {
            assertThat(page.getElementById(link.attr("href").substring(1)))
                    .as("target of %s", link.attr("href"))
                    .isNotNull();
        }
    }

    @Test
    void seniorGuideShowsTheLevelsSkillsMovesAndSalaries() {
        Document page = Pages.page(mvc, "/guides/senior-ml-engineer");

        List<String> skills = column("""
                select s.name from skill_expectation e join skill s on s.id = e.skill_id
                join skill_category c on c.id = s.category_id join career_level l on l.id = e.level_id
                where l.slug = 'senior' and s.retired_at is null order by c.position, s.position
                """);
        assertThat(page.select("#skills .expectations a").eachText()).containsExactlyElementsOf(skills);
        assertThat(page.select("#skills .expectations li").first().text()).contains("3 · A team's systems");

        assertThat(page.select("#moves a").eachText())
                .contains("Staff ML Engineer", "ML Engineering Manager", "Applied Scientist", "Product Manager for ML");
        assertThat(page.select("#moves a[href=/guides/staff-ml-engineer]")).isNotEmpty();

        // every published US figure for Senior, and the band computed from the survey for the United States
        long bands = jdbc.sql("select count(*) from salary_band b join career_level l on l.id = b.level_id"
                        + " where l.slug = 'senior' and b.location_code = 'US'")
                .query(Long.class)
                .single();
        assertThat(page.select("#salary tbody tr")).hasSize((int) bands + 1);
        BigDecimal surveyMedian = jdbc.sql("""
                        select b.median from salary_computed_band b join career_level l on l.id = b.level_id
                        where l.slug = 'senior' and b.location_code = 'US' order by b.sample_size desc limit 1
                        """).query(BigDecimal.class).single();
        assertThat(page.select("#salary tbody").text())
                .contains("aijobs.net survey, 2024 (computed by CareerPath)")
                .contains("median " + org.careerpath.web.Formats.money(surveyMedian))
                .contains("SkillExchange, 2026")
                .contains("median $181,300");
        assertThat(page.select("#salary a[href=/salaries]")).isNotEmpty();
    }

    @Test
    void certificationsPutActiveOnesFirstAndMarkRetiredOnes() {
        Document page = Pages.page(mvc, "/guides/senior-ml-engineer");

        List<String> statuses = page.select("#certifications .status").eachText();
        assertThat(statuses).contains("Active", "Retired");
        assertThat(statuses.indexOf("Retired")).isGreaterThan(statuses.lastIndexOf("Active"));
        Element retired = page.selectFirst("#certifications li.retired");
        assertThat(retired.text())
                .contains("AWS Certified Machine Learning - Specialty")
                .contains("Retired");
    }

    @Test
    void carriesOccupationJsonLdWhoseMediansMatchTheDatabase() {
        Document page = Pages.page(mvc, "/guides/senior-ml-engineer");

        JsonNode occupation = json.readTree(
                page.selectFirst("script[type=application/ld+json]").data());
        assertThat(occupation.get("@type").asString()).isEqualTo("Occupation");
        assertThat(occupation.get("name").asString()).isEqualTo("Senior ML Engineer");
        assertThat(occupation.at("/occupationalCategory/codeValue").asString()).isEqualTo("15-2051");
        assertThat(occupation.at("/experienceRequirements/monthsOfExperience").asInt())
                .isEqualTo(60);

        // the survey's US band first, then every published US median; never a single figure, range or bound
        record Survey(BigDecimal median, BigDecimal p10, BigDecimal p90) {}
        Survey survey = jdbc.sql("""
                        select b.median, b.p10, b.p90 from salary_computed_band b join career_level l on l.id = b.level_id
                        where l.slug = 'senior' and b.location_code = 'US' order by b.sample_size desc limit 1
                        """).query(Survey.class).single();
        List<BigDecimal> expected = new ArrayList<>(List.of(survey.median()));
        expected.addAll(jdbc.sql("""
                        select b.median from salary_band b join career_level l on l.id = b.level_id
                        join source s on s.id = b.source_id
                        where l.slug = 'senior' and b.statistic in ('median', 'percentiles') and b.location_code = 'US'
                        order by s.position, b.id
                        """).query(BigDecimal.class).list());
        List<BigDecimal> medians = new ArrayList<>();
        for (JsonNode salary : occupation.get("estimatedSalary")) {
            assertThat(salary.get("@type").asString()).isEqualTo("MonetaryAmountDistribution");
            assertThat(salary.get("currency").asString()).isEqualTo("USD");
            assertThat(salary.get("duration").asString()).isEqualTo("P1Y");
            medians.add(salary.get("median").decimalValue());
        }
        assertThat(medians).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(expected);
        JsonNode aijobs = occupation.get("estimatedSalary").get(0);
        assertThat(aijobs.get("percentile10").decimalValue()).isEqualByComparingTo(survey.p10());
        assertThat(aijobs.get("percentile90").decimalValue()).isEqualByComparingTo(survey.p90());
        assertThat(page.selectFirst("script[type=application/ld+json]").data()).doesNotContain("258810", "210000");

        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).endsWith("/guides/senior-ml-engineer");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content"))
                .isEqualTo("Senior ML Engineer career guide");
    }

    @Test
    void everyLadderLevelHasAFullGuideOfItsOwn() {
        List<String> ladder = column("select r.slug from role r where r.family = 'ladder' order by r.position");
        assertThat(ladder).hasSize(8);
        for (String slug : ladder) {
            Document page = Pages.page(mvc, "/guides/" + slug);
            assertThat(page.select("#interview li").size())
                    .as("%s interview questions", slug)
                    .isGreaterThanOrEqualTo(8);
            assertThat(page.select("#interview h3").eachText())
                    .as("%s interview kinds", slug)
                    .contains("ML system design", "Technical deep dives", "Leadership and behaviour", "Coding");
            assertThat(page.select("#faq dt").size()).as("%s FAQ", slug).isGreaterThanOrEqualTo(4);
            assertThat(page.select("#day p").text())
                    .as("%s day in the work", slug)
                    .isNotBlank();
            assertThat(page.select("#challenges dt").size())
                    .as("%s challenges", slug)
                    .isGreaterThanOrEqualTo(2);
            assertThat(page.select("#challenges dd").eachText()).allMatch(text -> text.contains("How to handle it:"));
            assertThat(page.select("#sources li").size()).as("%s sources", slug).isGreaterThanOrEqualTo(2);
        }
        // questions are the level's own, not copied between levels
        List<String> staff = Pages.page(mvc, "/guides/staff-ml-engineer")
                .select("#interview li")
                .eachText();
        List<String> senior = Pages.page(mvc, "/guides/senior-ml-engineer")
                .select("#interview li")
                .eachText();
        assertThat(staff).doesNotContainAnyElementsOf(senior);
        assertThat(Pages.page(mvc, "/guides/staff-ml-engineer").select("#interview-ml-system-design li"))
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void neighbouringRolesAreTheirOwnJobsWithoutMlEngineerPayAsTheirs() throws Exception {
        for (String slug : column("select slug from role where family = 'neighbour'")) {
            Document page = Pages.page(mvc, "/guides/" + slug);
            assertThat(page.select("#overview .notice"))
                    .as("%s has a written guide", slug)
                    .isEmpty();
            for (String section : List.of("responsibilities", "day", "skills", "interview", "challenges", "faq")) {
                assertThat(page.getElementById(section))
                        .as("%s section %s", slug, section)
                        .isNotNull();
            }
            assertThat(page.select("#skills dt").size())
                    .as("%s own skills", slug)
                    .isGreaterThanOrEqualTo(4);
            assertThat(page.select(".meta").text()).as("%s badge", slug).doesNotContain("Level:");
            assertThat(page.select("#skills .expectations"))
                    .as("%s ML-engineer skills", slug)
                    .isEmpty();
            assertThat(page.select("#salary > p").text()).contains("shows no pay of its own");
            assertThat(page.select("#salary details summary").text()).contains("For comparison only");
            JsonNode occupation = json.readTree(
                    page.selectFirst("script[type=application/ld+json]").data());
            assertThat(occupation.has("estimatedSalary"))
                    .as("%s JSON-LD pay", slug)
                    .isFalse();
        }
        assertThat(Pages.page(mvc, "/guides/senior-ml-engineer").select("#salary details"))
                .isEmpty();
    }

    @Test
    void unknownGuideGivesThe404Page() {
        var response = Http.get(port, "/guides/astronaut");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").contains("href=\"/guides\"");
    }

    private List<String> entries(String section, String column) {
        return column(
                "select e." + column + " from guide_entry e join role r on r.id = e.role_id"
                        + " where r.slug = 'senior-ml-engineer' and e.section = ? order by e.position",
                section);
    }
}
