package org.careerpath.certifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careerpath.support.Http;
import org.careerpath.support.Pages;
import org.careerpath.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PortalIntegrationTest
class CertificationPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private List<String> names(Document page) {
        return page.select("table.certifications tbody td:first-child a").eachText();
    }

    @Test
    void listsEveryCertificationWithItsFacts() {
        Document page = Pages.page(mvc, "/certifications");

        long all =
                jdbc.sql("select count(*) from certification").query(Long.class).single();
        assertThat(names(page)).hasSize((int) all);
        assertThat(page.select("tr:has(a:containsOwn(Machine Learning Engineer - Associate))")
                        .text())
                .contains("AWS", "$150", "65 questions, 130 minutes", "3 years", "Active");
    }

    @Test
    void filtersNarrowTheList() {
        List<String> aws = names(Pages.page(mvc, "/certifications?provider=AWS"));
        assertThat(aws)
                .containsExactlyInAnyOrder(
                        "AWS Certified Machine Learning - Specialty",
                        "AWS Certified Machine Learning Engineer - Associate");

        Document retired = Pages.page(mvc, "/certifications?status=retired");
        assertThat(retired.select("tbody .status").eachText()).isNotEmpty().allMatch("Retired"::equals);
        assertThat(names(retired))
                .hasSize(jdbc.sql("select count(*) from certification where status = 'retired'")
                        .query(Long.class)
                        .single()
                        .intValue());

        List<String> cheap = names(Pages.page(mvc, "/certifications?maxCost=160"));
        assertThat(cheap)
                .contains("AWS Certified Machine Learning Engineer - Associate")
                .doesNotContain("Google Cloud Professional Machine Learning Engineer");
    }

    @Test
    void ordersByCostWhenAsked() {
        Document page = Pages.page(mvc, "/certifications?sort=cost");
        List<String> expected = jdbc.sql("select name from certification order by cost_usd_min nulls last, name")
                .query(String.class)
                .list();
        assertThat(names(page)).containsExactlyElementsOf(expected);
        assertThat(page.selectFirst("#sort option[selected]").attr("value")).isEqualTo("cost");
    }

    @Test
    void aMaximumCostThatIsNotANumberIsExplainedAndIgnored() {
        Document page = Pages.page(mvc, "/certifications?maxCost=cheap&provider=AWS");

        assertThat(page.select("#maxCost-error").text()).contains("Enter an amount in dollars");
        assertThat(page.selectFirst("#maxCost").attr("value")).isEqualTo("cheap");
        assertThat(names(page)).hasSize(2);
    }

    @Test
    void retiredCertificationSaysSoAndNamesItsSuccessor() {
        Document page = Pages.page(mvc, "/certifications/azure-ai-engineer-associate");

        assertThat(page.select(".notice.danger").text())
                .contains("Retired")
                .contains("30 June 2026")
                .contains("AI-103");
        assertThat(page.select("section[aria-labelledby=skills-heading] a").eachText())
                .contains("Deployment patterns");
        assertThat(page.select("section[aria-labelledby=levels-heading] a").eachText())
                .containsExactly("Junior ML Engineer", "ML Engineer");
    }

    @Test
    void activeCertificationHasNoRetirementNotice() {
        Document page = Pages.page(mvc, "/certifications/aws-ml-engineer-associate");
        assertThat(page.select(".notice")).isEmpty();
        assertThat(page.select(".facts").text()).contains("$150 (USD)").contains("October 2024");
    }

    @Test
    void unknownCertificationGivesThe404Page() {
        assertThat(Http.get(port, "/certifications/unicorn-wrangler").statusCode())
                .isEqualTo(404);
    }
}
