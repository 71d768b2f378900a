package org.careerpath.skills;

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
class SkillPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void listsEverySkillUnderItsCategory() {
        Document page = Pages.page(mvc, "/skills");

        List<String> names = jdbc.sql("""
                        select s.name from skill s join skill_category c on c.id = s.category_id
                        where c.slug = 'monitoring' order by s.position
                        """).query(String.class).list();
        assertThat(page.select("section#monitoring .skill-list a").eachText()).containsExactlyElementsOf(names);
        long skills = jdbc.sql("select count(*) from skill").query(Long.class).single();
        assertThat(page.select(".skill-list li")).hasSize((int) skills);
    }

    @Test
    void skillPageShowsEachLevelsExpectationFromJuniorToPrincipal() {
        Document page = Pages.page(mvc, "/skills/drift-detection");

        assertThat(page.select("h1").text()).isEqualTo("Data drift detection");
        assertThat(page.select("table.skill-levels thead th[scope=col]").eachText())
                .containsExactly("Junior", "MLE", "Senior", "Staff", "Principal");
        record Cell(String slug, int proficiency) {}
        List<Cell> expected = jdbc.sql("""
                        select l.slug, e.proficiency from skill_expectation e
                        join career_level l on l.id = e.level_id join career_track t on t.id = l.track_id
                        join skill s on s.id = e.skill_id
                        where s.slug = 'drift-detection' and t.slug = 'individual-contributor'
                        order by l.rank_in_track
                        """).query(Cell.class).list();
        List<Cell> shown = page.select("table.skill-levels td[data-level]").stream()
                .map(td -> new Cell(
                        td.attr("data-level"),
                        Integer.parseInt(
                                td.selectFirst(".proficiency-text span").text())))
                .toList();
        assertThat(shown).containsExactlyElementsOf(expected);
        assertThat(page.text()).contains("Why it matters for senior ML engineers");
    }

    @Test
    void skillPageListsCertificationsAndRolesThatInvolveIt() {
        Document page = Pages.page(mvc, "/skills/drift-detection");

        assertThat(page.select("section[aria-labelledby=certs-heading] a").eachText())
                .contains("Databricks Certified Machine Learning Professional");
        assertThat(page.select("section[aria-labelledby=roles-heading] a").eachText())
                .contains("Senior ML Engineer", "Staff ML Engineer")
                .doesNotContain("Junior ML Engineer");
    }

    @Test
    void unknownSkillGivesThe404Page() {
        assertThat(Http.get(port, "/skills/telepathy").statusCode()).isEqualTo(404);
    }
}
