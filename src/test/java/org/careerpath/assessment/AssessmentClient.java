package org.careerpath.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careerpath.support.Csrf.csrf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.levels.Level;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.Dimension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Fills in and sends assessment forms as a browser would, for the integration tests. */
final class AssessmentClient {

    /** Every table that holds a part of an assessment. */
    static final List<String> TABLES = List.of(
            "assessment",
            "assessment_revision",
            "assessment_rating",
            "checklist_tick",
            "assessment_draft",
            "assessment_draft_answer",
            "mentor_invitation",
            "mentor_opinion",
            "mentor_rating");

    private final MockMvcTester mvc;
    private final JdbcClient jdbc;
    private final CareerModel model;

    AssessmentClient(MockMvcTester mvc, JdbcClient jdbc, CareerModel model) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.model = model;
    }

    CareerModel model() {
        return model;
    }

    Level level(String slug) {
        return model.ladder().bySlug(slug).orElseThrow();
    }

    Dimension dimension(String slug) {
        return model.bySlug(slug).orElseThrow();
    }

    int expected(String level, String dimension) {
        return model.expectedByLevel()
                .get(level(level).id())
                .get(dimension(dimension).id());
    }

    /**
     * A complete form: every dimension rated at what {@code ratedAs} expects, except the overrides (a step,
     * "unsure", or null to leave the dimension out).
     */
    Map<String, String> answers(String target, String ratedAs, Map<String, ?> overrides) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("target", target);
        form.put("label", "before my promo review");
        for (Dimension d : model.dimensions()) {
            Object value = overrides.containsKey(d.slug()) ? overrides.get(d.slug()) : expected(ratedAs, d.slug());
            if (value != null) {
                form.put("rating-" + d.slug(), value.toString());
            }
        }
        return form;
    }

    MvcTestResult post(String uri, Map<String, String> form) {
        var request = mvc.post().uri(uri).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        form.forEach(request::param);
        return request.exchange();
    }

    /** Sends a complete form and returns the new assessment's owner token. */
    String submit(Map<String, String> form) {
        MvcTestResult result = post("/assessment", form);
        assertThat(result).hasStatus(HttpStatus.FOUND);
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/assessment/[A-Za-z0-9_-]{43}");
        return location.substring("/assessment/".length());
    }

    /** Row counts of every assessment table, to show that nothing was stored. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(
                    table,
                    jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
