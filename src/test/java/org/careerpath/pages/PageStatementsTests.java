package org.careerpath.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careerpath.support.Pages;
import org.careerpath.support.PortalIntegrationTest;
import org.careerpath.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * No page issues a query per row: each module loads what a page needs in a fixed number of statements, so
 * pages of one kind cost the same whatever their content (a guide with many sections, a level with many
 * roles), and no page costs more than a small bound.
 */
@PortalIntegrationTest
class PageStatementsTests {

    /** Each composed page reads at most five modules, each in a handful of statements (no query per row). */
    static final int MAX_STATEMENTS = 36;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private long statements(String page) {
        StatementCounter.reset();
        Pages.page(mvc, page);
        return StatementCounter.statements();
    }

    @Test
    void everyPageCostsASmallFixedNumberOfStatements() {
        for (String page : List.of(
                "/",
                "/guides",
                "/ladder",
                "/levels/compare?from=senior&to=staff",
                "/skills",
                "/skills/matrix",
                "/certifications",
                "/careers/moves",
                "/salaries",
                "/salaries?location=US",
                "/salaries/compare",
                "/sources",
                "/search?q=drift",
                "/assessment")) {
            assertThat(statements(page)).as("statements for %s", page).isBetween(1L, (long) MAX_STATEMENTS);
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

    private void assertSameCost(String prefix, String slugs) {
        List<String> pages = jdbc.sql(slugs).query(String.class).list().stream()
                .map(slug -> prefix + slug)
                .toList();
        long first = statements(pages.get(0));
        assertThat(first).as("statements for %s", pages.get(0)).isBetween(1L, (long) MAX_STATEMENTS);
        for (String page : pages) {
            assertThat(statements(page)).as("statements for %s", page).isEqualTo(first);
        }
    }
}
