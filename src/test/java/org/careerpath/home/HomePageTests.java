package org.careerpath.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careerpath.support.Pages;
import org.careerpath.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PortalIntegrationTest
class HomePageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.careerpath.web.ContentVersion contentVersion;

    @Test
    void showsEachTracksLevelsFromTheDatabaseInRankOrder() {
        Document home = Pages.page(mvc, "/");

        for (String track : List.of("individual-contributor", "manager")) {
            List<String> expected =
                    jdbc.sql("""
                            select l.name from career_level l join career_track t on t.id = l.track_id
                            where t.slug = ? order by l.rank_in_track
                            """).param(track).query(String.class).list();
            Element section = home.selectFirst("section[aria-labelledby=track-" + track + "]");
            assertThat(section).as("track %s on the home page", track).isNotNull();
            assertThat(section.select("ol.levels .level-name").eachText()).containsExactlyElementsOf(expected);
        }
        assertThat(home.select("section[aria-labelledby=track-individual-contributor] .level-name")
                        .eachText())
                .startsWith(
                        "Junior ML Engineer",
                        "ML Engineer",
                        "Senior ML Engineer",
                        "Staff ML Engineer",
                        "Principal ML Engineer");
    }

    @Test
    void followsAChangeInTheDatabase() {
        String renamed = "Senior ML Engineer (renamed in test)";
        Pages.page(mvc, "/");
        jdbc.sql("update career_level set name = ? where slug = 'senior'")
                .param(renamed)
                .update();
        try {
            // the page is kept for the content version: a change shows once the version moves on
            assertThat(Pages.page(mvc, "/").select(".level-name").eachText()).doesNotContain(renamed);
            contentVersion.bump();
            assertThat(Pages.page(mvc, "/").select(".level-name").eachText()).contains(renamed);
        } finally {
            jdbc.sql("update career_level set name = 'Senior ML Engineer' where slug = 'senior'")
                    .update();
            contentVersion.bump();
        }
    }

    @Test
    void offersTheThreeJourneysAndListsTheRoles() {
        Document home = Pages.page(mvc, "/");

        assertThat(home.select(".journeys a").eachAttr("href")).containsExactly("/guides", "/salaries", "/assessment");
        long roles = jdbc.sql("select count(*) from role").query(Long.class).single();
        assertThat(home.select(".role-list li")).hasSize((int) roles);
        assertThat(home.select("nav[aria-label=Main] a").eachText())
                .containsExactly("Guides", "Career ladder", "Salaries", "Self-assessment", "Certifications");
    }
}
