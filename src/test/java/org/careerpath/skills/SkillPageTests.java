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
    void listsEveryActiveDimensionUnderItsCategory() {
        Document page = Pages.page(mvc, "/skills");

        List<String> names = jdbc.sql("""
                        select s.name from skill s join skill_category c on c.id = s.category_id
                        where c.slug = 'monitoring' order by s.position
                        """).query(String.class).list();
        assertThat(page.select("section#monitoring .skill-list a").eachText()).containsExactlyElementsOf(names);
        long active = jdbc.sql("select count(*) from skill where retired_at is null")
                .query(Long.class)
                .single();
        assertThat(page.select(".skill-list li")).hasSize((int) active);
        assertThat(page.select("section#impact .skill-list a").eachText()).contains("Scope of work");
        assertThat(page.select("section#people .skill-list a").eachText()).contains("Hiring");
        assertThat(page.select("section#leadership")).isEmpty();
    }

    @Test
    void dimensionPageGivesEachLevelsStepAndTheBehaviourBehindIt() {
        Document page = Pages.page(mvc, "/skills/drift-detection");

        assertThat(page.select("h1").text()).isEqualTo("Data drift detection");
        record Cell(String level, String step, String statement) {}
        List<Cell> expected = jdbc.sql("""
                        select l.slug as level, e.proficiency || ' · ' || coalesce(d.name, p.name) as step, e.statement
                        from skill_expectation e
                        join career_level l on l.id = e.level_id join career_track t on t.id = l.track_id
                        join skill s on s.id = e.skill_id
                        join proficiency p on p.value = e.proficiency
                        left join skill_descriptor d on d.skill_id = s.id and d.proficiency = e.proficiency
                        where s.slug = 'drift-detection' order by t.position, l.rank_in_track
                        """).query(Cell.class).list();
        List<Cell> shown = page.select("dl.level-statements dt").stream()
                .map(dt -> new Cell(
                        dt.attr("data-level"),
                        dt.selectFirst(".step").text(),
                        dt.nextElementSibling().text()))
                .toList();
        assertThat(shown).containsExactlyElementsOf(expected);
        // Staff and Principal expect the same step, but the words differ
        assertThat(shown.get(3).statement()).isNotEqualTo(shown.get(4).statement());
        assertThat(page.text()).contains("Why it matters");
    }

    @Test
    void dimensionPageGivesAdviceForEveryStep() {
        Document drift = Pages.page(mvc, "/skills/drift-detection");
        assertThat(drift.select(".step-advice").eachAttr("data-step")).containsExactly("1", "2", "3", "4");
        assertThat(drift.select(".step-advice[data-step=4] h3").text()).startsWith("Step 3 → 4");

        Document scope = Pages.page(mvc, "/skills/scope-of-work");
        assertThat(scope.select(".step-advice")).hasSize(5);
        assertThat(scope.select(".meta").text()).contains("Impact dimension", "Rated 0 to 5");
        assertThat(scope.select("dl.scale-list dt").eachText()).hasSize(6).contains("4 · Several teams");
    }

    @Test
    void aRetiredDimensionSaysSoAndNoLevelListsItAnyMore() {
        Document page = Pages.page(mvc, "/skills/mentoring");
        assertThat(page.select(".notice").text()).contains("Retired", "since");
        assertThat(Pages.page(mvc, "/levels/senior").select("a[href=/skills/mentoring]"))
                .isEmpty();
    }

    @Test
    void skillPageListsCertificationsAndRolesThatRelyOnIt() {
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
