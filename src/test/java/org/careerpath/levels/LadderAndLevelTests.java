package org.careerpath.levels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

    record LevelRow(String slug, String track, int rank, String name) {}

    record Change(String dimension, int from, int to, String fromStatement, String toStatement) {}

    private List<LevelRow> levels() {
        return jdbc.sql("""
                        select l.slug, t.slug as track, l.rank_in_track as rank, l.name from career_level l
                        join career_track t on t.id = l.track_id order by t.position, l.rank_in_track
                        """).query(LevelRow.class).list();
    }

    /** Every active dimension's expectation at two levels, straight from the tables. */
    private List<Change> matrix(String from, String to) {
        return jdbc.sql("""
                        select s.name as dimension, a.proficiency as "from", b.proficiency as "to",
                               a.statement as from_statement, b.statement as to_statement
                        from skill s join skill_category c on c.id = s.category_id
                        join skill_expectation a on a.skill_id = s.id join career_level la on la.id = a.level_id
                        join skill_expectation b on b.skill_id = s.id join career_level lb on lb.id = b.level_id
                        where la.slug = ? and lb.slug = ? and s.retired_at is null order by c.position, s.position
                        """).param(from).param(to).query(Change.class).list();
    }

    /** Adjacent levels: each track's consecutive ranks, plus Senior to the first manager level. */
    private List<List<String>> adjacentPairs() {
        List<LevelRow> all = levels();
        List<List<String>> pairs = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).track().equals(all.get(i - 1).track())) {
                pairs.add(List.of(all.get(i - 1).slug(), all.get(i).slug()));
            }
        }
        pairs.add(List.of("senior", "ml-engineering-manager"));
        return pairs;
    }

    @Test
    void ladderShowsEachTrackInRankOrderWithTheRoadmapsKeySkillsAndScope() {
        Document page = Pages.page(mvc, "/ladder");

        Map<String, List<String>> expected = levels().stream()
                .collect(Collectors.groupingBy(
                        LevelRow::track, Collectors.mapping(LevelRow::slug, Collectors.toList())));
        assertThat(page.select("section[aria-labelledby=ladder-individual-contributor] .rung")
                        .eachAttr("data-level"))
                .containsExactlyElementsOf(expected.get("individual-contributor"))
                .containsExactly("junior", "mle", "senior", "staff", "principal");
        assertThat(page.select("section[aria-labelledby=ladder-manager] .rung").eachAttr("data-level"))
                .containsExactly("ml-engineering-manager", "senior-ml-engineering-manager", "director-of-ml");

        // the key skills of the IC levels are those of the published roadmap, cited
        assertThat(page.select("#rung-junior .key-skills").text()).startsWith("Python, PyTorch, basic ML");
        assertThat(page.select("#rung-senior .key-skills").text()).startsWith("MLOps, infrastructure, system design");
        assertThat(page.select("#rung-staff .key-skills").text())
                .startsWith("Architecture, mentoring, cross-team coordination")
                .contains("undated");
        assertThat(page.select("#rung-principal .key-skills").text())
                .startsWith("Strategy, roadmaps, industry influence");

        Element senior = page.getElementById("rung-senior");
        assertThat(senior.text()).contains("5–8 years", "Make it work in production", "Senior ML Engineer");
        assertThat(senior.select(".experience a").text()).isEqualTo("sources differ (4)");
        String scope = jdbc.sql("""
                        select e.statement from skill_expectation e join skill s on s.id = e.skill_id
                        join career_level l on l.id = e.level_id where s.slug = 'scope-of-work' and l.slug = 'staff'
                        """).query(String.class).single();
        assertThat(page.select("#rung-staff .scope").text()).isEqualTo(scope);
        assertThat(senior.select(".branch-point a").eachText())
                .containsExactly("Staff ML Engineer", "ML Engineering Manager");
        assertThat(page.select("#rung-ml-engineering-manager .experience").text())
                .contains("CareerPath's judgement");
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
    void levelPagesListWhatRisesAndWhatFallsWithTheBehaviourBeforeAndAfter() {
        for (List<String> pair : adjacentPairs()) {
            Document page = Pages.page(mvc, "/levels/" + pair.get(1));
            List<Change> changes = matrix(pair.get(0), pair.get(1));
            List<Change> rising =
                    changes.stream().filter(c -> c.to() > c.from()).toList();
            List<Change> falling =
                    changes.stream().filter(c -> c.to() < c.from()).toList();
            assertThat(page.select("#changes table.rises-table tbody th").eachText())
                    .as("rising into %s", pair.get(1))
                    .containsExactlyElementsOf(
                            rising.stream().map(Change::dimension).toList());
            assertThat(page.select("#changes table.falls-table tbody th").eachText())
                    .as("falling into %s", pair.get(1))
                    .containsExactlyElementsOf(
                            falling.stream().map(Change::dimension).toList());
            for (Change c : rising) {
                assertThat(page.select("#changes table.rises-table").text())
                        .contains(c.fromStatement())
                        .contains(c.toStatement());
            }
            // what defines the level is what rises into it
            assertThat(page.select("#defining .statement > a").eachText())
                    .containsExactlyElementsOf(
                            rising.stream().map(Change::dimension).toList());
        }
        Document manager = Pages.page(mvc, "/levels/ml-engineering-manager");
        assertThat(manager.select("#changes table.falls-table tbody th")).isNotEmpty();
        assertThat(manager.select("#defining .statement > a").eachText())
                .containsExactly(
                        "Hiring",
                        "Performance and growth",
                        "Team health",
                        "Delivery and planning across a team",
                        "Organisation design",
                        "Stakeholder management");
        Document staff = Pages.page(mvc, "/levels/staff");
        assertThat(staff.select("#changes .hands-on").text()).contains("40-50%", "Less than half");
    }

    @Test
    void levelPageShowsEachSourcesYearsSideBySideAndLabelsTheEditorialFigure() {
        Document senior = Pages.page(mvc, "/levels/senior");
        String experience = senior.select("#experience").text();
        assertThat(experience)
                .contains("5–8 years for “Senior Machine Learning Engineer” — SkillExchange")
                .contains("5–7+ years for “Senior ML Engineer” — Hakia, undated")
                .contains("4–6+ years")
                .contains("7–10+ years")
                .contains("CareerPath's central figure (editorial judgement)");
        assertThat(senior.select("#experience").text()).contains("IC3", "Dropbox");

        Document director = Pages.page(mvc, "/levels/director-of-ml");
        assertThat(director.select("#experience").text())
                .contains("No source gives years for the manager track")
                .contains("CareerPath's own judgement");
    }

    @Test
    void levelPageShowsTheNextStepAndHowPeopleAtTheLevelWork() {
        Document senior = Pages.page(mvc, "/levels/senior");
        assertThat(senior.select("#next").text()).contains("Staff ML Engineer", "Make the team effective");
        List<String> rising = matrix("senior", "staff").stream()
                .filter(c -> c.to() > c.from())
                .map(Change::dimension)
                .toList();
        assertThat(senior.select("#next ul.rising li a").eachText()).containsExactlyElementsOf(rising);
        assertThat(senior.select("#next").text()).contains("management track begins");
        assertThat(senior.select("#work .statement > a").eachText())
                .containsExactly(
                        "Scope of work",
                        "Technical direction and influence",
                        "Multiplying others",
                        "Delivery and execution",
                        "Business and product judgement",
                        "Communication");
        assertThat(senior.select("#dimensions details")).hasSizeGreaterThan(5);
        assertThat(senior.select("main").text()).contains("Senior ML Engineer", "Applied Scientist");

        Document manager = Pages.page(mvc, "/levels/ml-engineering-manager");
        assertThat(manager.select("#work .statement > a").eachText()).contains("Hiring", "Team health");
    }

    @Test
    void compareShowsEveryAdjacentPairAsTheMatrixSays() {
        for (List<String> pair : adjacentPairs()) {
            Document page = Pages.page(mvc, "/levels/compare?from=" + pair.get(0) + "&to=" + pair.get(1));
            List<Change> changes = matrix(pair.get(0), pair.get(1));
            assertThat(page.select("table.comparison tbody tr")).hasSize(changes.size());
            long rising = changes.stream().filter(c -> c.to() > c.from()).count();
            long falling = changes.stream().filter(c -> c.to() < c.from()).count();
            assertThat(page.select(".summary .rising-count").text()).isEqualTo(Long.toString(rising));
            assertThat(page.select(".summary .falling-count").text()).isEqualTo(Long.toString(falling));
            assertThat(page.select("table.comparison tr.rises")).hasSize((int) rising);
            assertThat(page.select("table.comparison tr.falls")).hasSize((int) falling);
        }
    }

    @Test
    void compareSaysWhatItCanCompareForTheSameLevelTwiceOrDifferentTracks() {
        Document same = Pages.page(mvc, "/levels/compare?from=staff&to=staff");
        assertThat(same.select(".notice").text()).contains("twice, so nothing changes");

        Document across = Pages.page(mvc, "/levels/compare?from=principal&to=director-of-ml");
        assertThat(across.select(".notice").text()).contains("different tracks", "change of job");
        assertThat(across.select("table.comparison tbody tr")).isNotEmpty();

        Document reverse = Pages.page(mvc, "/levels/compare?from=staff&to=senior");
        assertThat(reverse.select("table.comparison tr.falls")).isNotEmpty();
        assertThat(reverse.select("table.comparison tr.rises")).isEmpty();
    }

    @Test
    void compareExplainsMissingOrUnknownLevelsAndOffersTheChoices() {
        Document empty = Pages.page(mvc, "/levels/compare");
        assertThat(empty.select(".notice").text()).contains("Choose two levels");
        assertThat(empty.select("select#from option")).hasSize(levels().size());

        var unknown = Http.get(port, "/levels/compare?from=senior&to=wizard");
        assertThat(unknown.statusCode()).isEqualTo(HttpStatus.BAD_REQUEST.value());
        assertThat(org.jsoup.Jsoup.parse(unknown.body()).select(".notice").text())
                .contains("There is no level called “wizard”");

        assertThat(Http.get(port, "/levels/wizard").statusCode()).isEqualTo(404);
        assertThat(Http.get(port, "/checklists/wizard").statusCode()).isEqualTo(404);
        assertThat(Http.get(port, "/skills/wizard").statusCode()).isEqualTo(404);
    }

    @Test
    void checklistListsEveryDimensionWithItsStatementAndMarksWhatDefinesTheLevel() {
        Document page = Pages.page(mvc, "/checklists/staff");
        long active = jdbc.sql("select count(*) from skill where retired_at is null")
                .query(Long.class)
                .single();
        assertThat(page.select(".printable-checklist li")).hasSize((int) active);
        long rising = matrix("senior", "staff").stream()
                .filter(c -> c.to() > c.from())
                .count();
        assertThat(page.select(".printable-checklist li:has(.changed)")).hasSize((int) rising);
        assertThat(page.select(".printable-checklist li[data-dimension=scope-of-work]")
                        .text())
                .contains(matrix("senior", "staff").stream()
                        .filter(c -> c.dimension().equals("Scope of work"))
                        .findFirst()
                        .orElseThrow()
                        .toStatement());
    }
}
