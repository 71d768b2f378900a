package org.careerpath.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careerpath.support.Pages;
import org.careerpath.support.PortalIntegrationTest;
import org.careerpath.support.StatementCounter;
import org.careerpath.web.ContentVersion;
import org.careerpath.web.PageCacheFilter;
import org.careerpath.web.PersonalPageCache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What a page costs the database. Content is loaded once per content version; a page missing from the page
 * cache is then rendered from memory in at most three statements, and a kept page costs none.
 */
@PortalIntegrationTest
class PageStatementsTests {

    /** The most statements a content page may send when it is not in the page cache. */
    static final int MAX_ON_A_MISS = 3;

    /** The most a personal page may send (it reads its own rows; content comes from memory). */
    static final int MAX_PERSONAL = 12;

    static final List<String> CONTENT_PAGES = List.of(
            "/",
            "/guides",
            "/guides/senior-ml-engineer",
            "/guides/applied-scientist",
            "/ladder",
            "/levels/senior",
            "/levels/compare?from=senior&to=staff",
            "/checklists/staff",
            "/skills",
            "/skills/drift-detection",
            "/skills/matrix",
            "/skills/matrix.csv",
            "/certifications",
            "/certifications?status=active&sort=cost",
            "/certifications/azure-ai-engineer-associate",
            "/careers/moves",
            "/salaries",
            "/salaries?location=GB&level=senior&year=2024",
            "/salaries?title=AI Engineer",
            "/salaries/compare?levels=junior,mle,senior",
            "/salaries.csv?location=US-CA",
            "/api/salaries",
            "/sources",
            "/methodology",
            "/search?q=drift monitoring",
            "/sitemap.xml");

    @Autowired
    ContentVersion contentVersion;

    @Autowired
    PersonalPageCache personalPages;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PageCacheFilter pageCache;

    private long statements(String page) {
        StatementCounter.reset();
        assertThat(mvc.get().uri(page).exchange()).as(page).hasStatusOk();
        return StatementCounter.statements();
    }

    @Test
    void aContentPageNotInThePageCacheCostsAtMostThreeStatementsAndAKeptOneNone() {
        for (String page : CONTENT_PAGES) {
            statements(page); // content loaded for this version
            pageCache.clear();
            assertThat(statements(page)).as("statements for %s on a miss", page).isLessThanOrEqualTo(MAX_ON_A_MISS);
            assertThat(statements(page))
                    .as("statements for %s from the page cache", page)
                    .isZero();
        }
    }

    @Test
    void pagesOfOneKindCostTheSameWhateverTheirContent() {
        assertSameCost("/levels/", "select slug from career_level");
        assertSameCost("/checklists/", "select slug from career_level");
        assertSameCost("/guides/", "select slug from role where family = 'ladder'");
        assertSameCost("/guides/", "select slug from role where family = 'neighbour'");
        assertSameCost("/skills/", "select slug from skill where retired_at is null");
        assertSameCost("/certifications/", "select slug from certification");
    }

    @Test
    void theAssessmentFormAndAResultsPageReadContentFromMemory() {
        // a content change made by an earlier test is picked up now, not between the two requests; and the
        // pages kept by earlier tests are forgotten, so that the size bound cannot turn this page away
        contentVersion.refresh();
        personalPages.clear();
        Pages.page(mvc, "/assessment");
        StatementCounter.reset();
        Pages.page(mvc, "/assessment");
        assertThat(StatementCounter.statements()).as("the assessment form").isZero();

        String body = jdbc.sql("select slug from skill where retired_at is null").query(String.class).list().stream()
                .map(s -> "rating-" + s + "=2")
                .collect(java.util.stream.Collectors.joining("&"));
        var posted = mvc.post()
                .uri("/assessment")
                .with(org.careerpath.support.Csrf.csrf())
                .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
                .content(body + "&target=senior")
                .exchange();
        String results = posted.getResponse().getRedirectedUrl();
        assertThat(results).startsWith("/assessment/");
        // once kept, a results page asks nothing: a change would have dropped it (a change notice). The notice
        // of the submit itself may arrive while the first request renders, which then does not keep the page
        long statements = -1;
        for (int i = 0; i < 5 && statements != 0; i++) {
            Pages.page(mvc, results);
            StatementCounter.reset();
            Pages.page(mvc, results);
            statements = StatementCounter.statements();
        }
        assertThat(statements).as("a kept results page").isZero();
    }

    private void assertSameCost(String prefix, String slugs) {
        List<String> pages = jdbc.sql(slugs).query(String.class).list().stream()
                .map(slug -> prefix + slug)
                .toList();
        pages.forEach(this::statements);
        pageCache.clear();
        long first = statements(pages.get(0));
        assertThat(first).as("statements for %s", pages.get(0)).isLessThanOrEqualTo(MAX_ON_A_MISS);
        for (String page : pages.subList(1, pages.size())) {
            assertThat(statements(page)).as("statements for %s", page).isEqualTo(first);
        }
    }
}
