package org.careerpath.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careerpath.support.CsvReader;
import org.careerpath.support.Pages;
import org.careerpath.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PortalIntegrationTest
class MatrixTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    record Cell(String dimension, String level, int value, String statement) {}

    /** Every active dimension at every level, in catalogue then ladder order, straight from the tables. */
    private List<Cell> matrix() {
        return jdbc.sql("""
                        select s.slug as dimension, l.slug as level, e.proficiency as value, e.statement
                        from skill_expectation e
                        join skill s on s.id = e.skill_id join skill_category c on c.id = s.category_id
                        join career_level l on l.id = e.level_id join career_track t on t.id = l.track_id
                        where s.retired_at is null
                        order by c.position, s.position, t.position, l.rank_in_track
                        """).query(Cell.class).list();
    }

    /** The dimensions the self-assessment asks about. */
    private List<String> ratedByTheAssessment() {
        return Pages.page(mvc, "/assessment").select("fieldset.rating").eachAttr("id").stream()
                .map(id -> id.substring("field-rating-".length()))
                .toList();
    }

    @Test
    void pageShowsEveryDimensionTheAssessmentRatesWithItsValueAndWordsAtEveryLevel() {
        Document page = Pages.page(mvc, "/skills/matrix");

        List<Cell> shown = new ArrayList<>();
        page.select("table.matrix tbody tr[data-dimension]").forEach(row -> {
            List<String> words = row.select("details dd").eachText();
            var cells = row.select("td.cell");
            for (int i = 0; i < cells.size(); i++) {
                shown.add(new Cell(
                        row.attr("data-dimension"),
                        cells.get(i).attr("data-level"),
                        Integer.parseInt(cells.get(i).text()),
                        words.get(i)));
            }
        });
        assertThat(shown).containsExactlyElementsOf(matrix());
        assertThat(page.select("table.matrix tbody tr[data-dimension]").eachAttr("data-dimension"))
                .containsExactlyElementsOf(ratedByTheAssessment());
        assertThat(page.select("table.matrix thead th").eachText())
                .startsWith("Dimension", "Junior", "MLE", "Senior", "Staff", "Principal");
        assertThat(page.select("table.matrix tr.group th").eachText())
                .contains("Impact and influence", "Model serving", "People management");
        assertThat(page.select("a[href=/skills/matrix.csv]")).isNotEmpty();
        assertThat(page.select("a[href=/skills/matrix.json]")).isNotEmpty();
    }

    @Test
    void csvListsEveryRatedDimensionWithItsStepAndStatementAtEveryLevel() throws Exception {
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
        assertThat(header.subList(0, 5)).containsExactly("category", "kind", "dimension", "slug", "scale");
        assertThat(header).hasSize(5 + 2 * levels.size());
        assertThat(header.get(5)).isEqualTo(levels.get(0));
        assertThat(header.get(6)).isEqualTo(levels.get(0) + " statement");

        List<List<String>> body = rows.subList(1, rows.size());
        assertThat(body).extracting(row -> row.get(3)).containsExactlyElementsOf(ratedByTheAssessment());
        List<Cell> parsed = new ArrayList<>();
        List<String> slugs = jdbc.sql("""
                        select l.slug from career_level l join career_track t on t.id = l.track_id
                        order by t.position, l.rank_in_track
                        """).query(String.class).list();
        for (List<String> row : body) {
            for (int i = 0; i < levels.size(); i++) {
                parsed.add(
                        new Cell(row.get(3), slugs.get(i), Integer.parseInt(row.get(5 + 2 * i)), row.get(6 + 2 * i)));
            }
        }
        assertThat(parsed).containsExactlyElementsOf(matrix());
    }

    @Test
    void jsonListsEveryRatedDimensionWithItsExpectationAtEveryLevel() throws Exception {
        MvcTestResult result = mvc.get().uri("/skills/matrix.json").exchange();
        assertThat(result).hasStatusOk();
        JsonNode json =
                JsonMapper.builder().build().readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));

        List<Cell> parsed = new ArrayList<>();
        List<String> dimensions = new ArrayList<>();
        for (JsonNode d : json.get("dimensions")) {
            dimensions.add(d.get("slug").asString());
            for (Map.Entry<String, JsonNode> e : d.get("expectations").properties()) {
                parsed.add(new Cell(
                        d.get("slug").asString(),
                        e.getKey(),
                        e.getValue().get("step").asInt(),
                        e.getValue().get("statement").asString()));
            }
        }
        assertThat(dimensions).containsExactlyElementsOf(ratedByTheAssessment());
        assertThat(parsed).containsExactlyElementsOf(matrix());
        assertThat(json.get("levels")).hasSize(8);
    }
}
