package org.careerpath.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.careerpath.support.CsvReader;
import org.careerpath.support.Pages;
import org.careerpath.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PortalIntegrationTest
class MatrixTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    record Cell(String skill, String level, int proficiency) {}

    private List<Cell> matrix() {
        return jdbc.sql("""
                        select s.slug as skill, l.slug as level, e.proficiency from skill_expectation e
                        join skill s on s.id = e.skill_id join skill_category c on c.id = s.category_id
                        join career_level l on l.id = e.level_id join career_track t on t.id = l.track_id
                        order by c.position, s.position, t.position, l.rank_in_track
                        """).query(Cell.class).list();
    }

    @Test
    void pageShowsEverySkillAgainstEveryLevel() {
        Document page = Pages.page(mvc, "/skills/matrix");

        List<Cell> shown = new ArrayList<>();
        page.select("table.matrix tbody tr[data-skill]")
                .forEach(row -> row.select("td.cell")
                        .forEach(td -> shown.add(
                                new Cell(row.attr("data-skill"), td.attr("data-level"), Integer.parseInt(td.text())))));
        assertThat(shown).containsExactlyElementsOf(matrix());
        assertThat(page.select("table.matrix thead th").eachText())
                .startsWith("Skill", "Junior", "MLE", "Senior", "Staff", "Principal");
        assertThat(page.select("table.matrix tr.group th").eachText()).contains("Model serving", "Security");
        assertThat(page.select(".matrix-scroll")).isNotEmpty();
        assertThat(page.select("a[href=/skills/matrix.csv]")).isNotEmpty();
    }

    @Test
    void csvHasAHeaderAndOneRowPerSkillWithOneColumnPerLevel() throws Exception {
        MvcTestResult result = mvc.get().uri("/skills/matrix.csv").exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment");

        List<List<String>> rows = CsvReader.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        List<String> levels = jdbc.sql("""
                        select l.name from career_level l join career_track t on t.id = l.track_id
                        order by t.position, l.rank_in_track
                        """).query(String.class).list();
        List<String> header = rows.get(0);
        assertThat(header.subList(0, 2)).containsExactly("category", "skill");
        assertThat(header.subList(2, header.size())).containsExactlyElementsOf(levels);

        List<String> skills = jdbc.sql("""
                        select s.name from skill s join skill_category c on c.id = s.category_id
                        order by c.position, s.position
                        """).query(String.class).list();
        List<List<String>> body = rows.subList(1, rows.size());
        assertThat(body).extracting(row -> row.get(1)).containsExactlyElementsOf(skills);
        assertThat(body).allMatch(row -> row.size() == levels.size() + 2);

        List<Integer> values = body.stream()
                .flatMap(row -> row.subList(2, row.size()).stream())
                .map(Integer::parseInt)
                .toList();
        assertThat(values)
                .containsExactlyElementsOf(
                        matrix().stream().map(Cell::proficiency).toList());
    }
}
