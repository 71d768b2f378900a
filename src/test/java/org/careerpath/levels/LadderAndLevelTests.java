package org.careerpath.levels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.careerpath.support.Http;
import org.careerpath.support.Pages;
import org.careerpath.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PortalIntegrationTest
class LadderAndLevelTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    record Level(String slug, String track, int rank, String name) {}

    record Change(String skill, int from, int to) {}

    private List<Level> levels() {
        return jdbc.sql("""
                        select l.slug, t.slug as track, l.rank_in_track as rank, l.name from career_level l
                        join career_track t on t.id = l.track_id order by t.position, l.rank_in_track
                        """).query(Level.class).list();
    }

    /** Every skill's expectation at two levels, straight from the matrix table. */
    private List<Change> matrix(String from, String to) {
        return jdbc.sql("""
                        select s.name as skill, a.proficiency as "from", b.proficiency as "to"
                        from skill s join skill_category c on c.id = s.category_id
                        join skill_expectation a on a.skill_id = s.id join career_level la on la.id = a.level_id
                        join skill_expectation b on b.skill_id = s.id join career_level lb on lb.id = b.level_id
                        where la.slug = ? and lb.slug = ? order by c.position, s.position
                        """).param(from).param(to).query(Change.class).list();
    }

    /** Adjacent levels: each track's consecutive ranks, plus Senior to the first manager level. */
    private List<List<String>> adjacentPairs() {
        List<Level> all = levels();
        List<List<String>> pairs = new java.util.ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).track().equals(all.get(i - 1).track())) {
                pairs.add(List.of(all.get(i - 1).slug(), all.get(i).slug()));
            }
        }
        pairs.add(List.of("senior", "ml-engineering-manager"));
        return pairs;
    }

    @Test
    void ladderShowsEachTrackInRankOrderWithItsFacts() {
        Document page = Pages.page(mvc, "/ladder");

        Map<String, List<String>> expected = levels().stream()
                .collect(Collectors.groupingBy(Level::track, Collectors.mapping(Level::slug, Collectors.toList())));
        assertThat(page.select("section[aria-labelledby=ladder-individual-contributor] .rung")
                        .eachAttr("data-level"))
                .containsExactlyElementsOf(expected.get("individual-contributor"))
                .containsExactly("junior", "mle", "senior", "staff", "principal");
        assertThat(page.select("section[aria-labelledby=ladder-manager] .rung").eachAttr("data-level"))
                .containsExactlyElementsOf(expected.get("manager"));

        Element senior = page.getElementById("rung-senior");
        assertThat(senior.text())
                .contains("5–8 years", "Make it work in production", "Median $201,730", "aijobs.net, 2024")
                .contains("Senior ML Engineer", "Applied Scientist");
        assertThat(senior.select(".branch-point a").eachText())
                .containsExactly("Staff ML Engineer", "ML Engineering Manager");
        assertThat(page.select(".branch-note").text()).contains("Branches from Senior ML Engineer");
        assertThat(page.getElementById("rung-ml-engineering-manager").text()).contains("No source gives a US figure");
    }

    @Test
    void crosswalkMapsEveryLevelWithItsSource() {
        Document page = Pages.page(mvc, "/ladder");

        List<String> sfia = jdbc.sql("""
                        select 'Level ' || sfia_level from career_level l join career_track t on t.id = l.track_id
                        order by t.position, l.rank_in_track
                        """).query(String.class).list();
        assertThat(page.select("table.crosswalk tbody tr td:nth-of-type(2)").eachText())
                .containsExactlyElementsOf(sfia);
        assertThat(page.select("table.crosswalk tbody tr")).hasSize(levels().size());
        assertThat(page.select("section[aria-labelledby=crosswalk-heading]").text())
                .contains("SFIA 9", "Machine learning", "aijobs.net");
    }

    @Test
    void levelPageListsWhatChangesFromTheLevelBelowAsTheMatrixSays() {
        for (List<String> pair : adjacentPairs()) {
            Document page = Pages.page(mvc, "/levels/" + pair.get(1));
            List<String> expected = matrix(pair.get(0), pair.get(1)).stream()
                    .filter(c -> c.to() > c.from())
                    .map(Change::skill)
                    .toList();
            assertThat(page.select("#changes table.changes tbody th").eachText())
                    .as("rising skills into %s", pair.get(1))
                    .containsExactlyElementsOf(expected);
        }
        Document staff = Pages.page(mvc, "/levels/staff");
        assertThat(staff.select("#changes-heading").text()).isEqualTo("What changes from Senior ML Engineer");
        assertThat(staff.select("#changes tr:has(a:containsOwn(Mentoring)) td").eachText())
                .containsExactly("3 · practitioner", "4 · expert");
    }

    @Test
    void levelPageShowsTheNextStepJudgementSkillsAndRoles() {
        Document senior = Pages.page(mvc, "/levels/senior");

        List<String> toStaff = matrix("senior", "staff").stream()
                .filter(c -> c.to() > c.from())
                .map(Change::skill)
                .toList();
        assertThat(senior.select("#next ul.rising > li > a").eachText()).containsExactlyElementsOf(toStaff);
        assertThat(senior.select("#next").text())
                .contains("ML Engineering Manager")
                .contains("management track begins");
        assertThat(senior.select("section[aria-labelledby=judged-heading] dt").eachText())
                .containsExactly(
                        "Scope of impact",
                        "Independence",
                        "Technical leadership",
                        "Growing others",
                        "Business awareness");
        long skills = jdbc.sql("select count(*) from skill").query(Long.class).single();
        assertThat(senior.select("#skills .expectations li")).hasSize((int) skills);
        assertThat(senior.select("section[aria-labelledby=roles-heading] a").eachText())
                .contains("Senior ML Engineer", "ML Platform Engineer");

        Document junior = Pages.page(mvc, "/levels/junior");
        assertThat(junior.select("#changes").text()).contains("first level");
        Document principal = Pages.page(mvc, "/levels/principal");
        assertThat(principal.select("#next").text()).contains("top of its track");
    }

    @Test
    void compareShowsEveryAdjacentPairAsTheMatrixSays() {
        for (List<String> pair : adjacentPairs()) {
            Document page = Pages.page(mvc, "/levels/compare?from=" + pair.get(0) + "&to=" + pair.get(1));
            List<Change> expected = matrix(pair.get(0), pair.get(1));
            List<Change> shown = page.select("table.comparison tbody tr").stream()
                    .map(row -> new Change(
                            row.selectFirst("th a").text(),
                            Integer.parseInt(row.selectFirst("td.from").text().split(" ")[0]),
                            Integer.parseInt(row.selectFirst("td.to").text().split(" ")[0])))
                    .toList();
            assertThat(shown).as("%s to %s", pair.get(0), pair.get(1)).containsExactlyElementsOf(expected);
            assertThat(page.select("table.comparison tr.rises")).hasSize((int)
                    expected.stream().filter(c -> c.to() > c.from()).count());
            assertThat(page.select("table.comparison tr.rises .change").eachText())
                    .allMatch(text -> text.startsWith("Rises +"));
            int risingCounted = page.select("table.change-counts tbody tr").stream()
                    .mapToInt(row -> Integer.parseInt(row.select("td").get(0).text()))
                    .sum();
            assertThat(risingCounted)
                    .isEqualTo(page.select("table.comparison tr.rises").size());
        }
    }

    @Test
    void compareWorksInEitherOrderAndAcrossTracks() {
        Document down = Pages.page(mvc, "/levels/compare?from=staff&to=senior");
        assertThat(down.select("table.comparison tr.rises")).isEmpty();
        assertThat(down.select("table.comparison tr.falls")).hasSize((int) matrix("senior", "staff").stream()
                .filter(c -> c.to() > c.from())
                .count());

        Document across = Pages.page(mvc, "/levels/compare?from=staff&to=director-of-ml");
        assertThat(across.select("h1").text())
                .isEqualTo("Staff ML Engineer compared with Director of Machine Learning");
        assertThat(across.select("table.comparison tr.rises .change").eachText())
                .isNotEmpty();
    }

    @Test
    void compareExplainsMissingOrUnknownLevelsAndOffersTheChoices() {
        Document missing = Pages.page(mvc, "/levels/compare");
        assertThat(missing.select(".notice").text()).contains("Choose two levels");
        assertThat(missing.select("#from option")).hasSize(levels().size());

        var unknown = Pages.get(mvc, "/levels/compare?from=wizard&to=staff");
        assertThat(unknown).hasStatus(HttpStatus.BAD_REQUEST);
        Document page = Pages.html(unknown);
        assertThat(page.select(".notice.danger").text()).contains("There is no level called “wizard”");
        assertThat(page.select("#to option[selected]").attr("value")).isEqualTo("staff");
        assertThat(page.select("table.comparison")).isEmpty();

        var hostile = Http.get(port, "/levels/compare?from=%3Cscript%3E&to=");
        assertThat(hostile.statusCode()).isEqualTo(200);
        assertThat(hostile.body()).doesNotContain("<script>");
    }

    @Test
    void unknownLevelGivesThe404Page() {
        assertThat(Http.get(port, "/levels/archmage").statusCode()).isEqualTo(404);
    }
}
