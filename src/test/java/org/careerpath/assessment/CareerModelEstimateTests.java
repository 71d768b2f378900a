package org.careerpath.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careerpath.support.Csrf.csrf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.careerpath.levels.Level;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.Dimension;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.support.Pages;
import org.careerpath.support.PortalIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The published expectations round-trip on the real model in PostgreSQL: rated exactly at a level, a person
 * is estimated at that level on its track; one step short on its defining dimensions, below it; and
 * raising a rating never lowers an estimate.
 */
@PortalIntegrationTest
class CareerModelEstimateTests {

    @Autowired
    SkillCatalogue skills;

    @Autowired
    MockMvcTester mvc;

    private Optional<String> estimate(CareerModel model, Level level, Map<Long, Integer> ratings) {
        return Scoring.estimate(model.ladder().track(level.trackSlug()), model, ratings)
                .map(m -> model.ladder().byId(m.levelId()).orElseThrow().slug());
    }

    @Test
    void someoneRatedExactlyAtALevelsPublishedExpectationsIsEstimatedAtThatLevel() {
        CareerModel model = skills.load();
        assertThat(model.ladder().levels()).hasSize(8);
        for (Level level : model.ladder().levels()) {
            Map<Long, Integer> exactly = model.expectedByLevel().get(level.id());
            assertThat(exactly).as(level.slug()).hasSize(model.dimensions().size());
            assertThat(estimate(model, level, exactly)).as(level.slug()).hasValue(level.slug());
        }
    }

    @Test
    void oneStepShortOnALevelsDefiningDimensionsIsEstimatedBelowIt() {
        CareerModel model = skills.load();
        for (Level level : model.ladder().levels()) {
            Map<Long, Integer> ratings = new HashMap<>(model.expectedByLevel().get(level.id()));
            model.defining(level).forEach(d -> ratings.put(d, ratings.get(d) - 1));
            Optional<String> estimated = estimate(model, level, ratings);
            int rank = estimated
                    .map(slug -> model.ladder().bySlug(slug).orElseThrow().rankInTrack())
                    .orElse(0);
            assertThat(rank)
                    .as(
                            "%s one step short on %d defining dimensions",
                            level.slug(), model.defining(level).size())
                    .isLessThan(level.rankInTrack());
            // one step short on a single defining dimension is enough
            Map<Long, Integer> oneShort = new HashMap<>(model.expectedByLevel().get(level.id()));
            Long first = model.defining(level).iterator().next();
            oneShort.put(first, oneShort.get(first) - 1);
            assertThat(estimate(model, level, oneShort)).as(level.slug()).isNotEqualTo(Optional.of(level.slug()));
        }
    }

    @Test
    void raisingAnyRatingNeverLowersTheEstimateOnEitherTrack() {
        CareerModel model = skills.load();
        List<Dimension> dimensions = model.dimensions();
        Random random = new Random(2026);
        for (int trial = 0; trial < 2000; trial++) {
            Map<Long, Integer> ratings = new HashMap<>();
            // profiles near a random level, so that the comparisons are interesting
            Level around = model.ladder()
                    .levels()
                    .get(random.nextInt(model.ladder().levels().size()));
            Map<Long, Integer> base = model.expectedByLevel().get(around.id());
            for (Dimension d : dimensions) {
                if (random.nextInt(12) > 0) {
                    int value = base.get(d.id()) + random.nextInt(3) - 1;
                    ratings.put(d.id(), Math.max(0, Math.min(d.maxStep(), value)));
                }
            }
            Dimension raised = dimensions.get(random.nextInt(dimensions.size()));
            if (!ratings.containsKey(raised.id()) || ratings.get(raised.id()) == raised.maxStep()) {
                continue;
            }
            Map<Long, Integer> higher = new HashMap<>(ratings);
            higher.put(raised.id(), ratings.get(raised.id()) + 1);
            for (var track : model.ladder().tracks()) {
                Level first = track.levels().get(0);
                assertThat(rank(model, estimate(model, first, higher)))
                        .as("trial %d raising %s on %s", trial, raised.slug(), track.slug())
                        .isGreaterThanOrEqualTo(rank(model, estimate(model, first, ratings)));
            }
        }
    }

    private static int rank(CareerModel model, Optional<String> slug) {
        return slug.map(s -> model.ladder().bySlug(s).orElseThrow().rankInTrack())
                .orElse(0);
    }

    @Test
    void theResultsPageShowsTheEstimateForEachTrackForSomeoneAtExactlyEachLevel() {
        CareerModel model = skills.load();
        for (Level level : model.ladder().levels()) {
            var request = mvc.post()
                    .uri("/assessment")
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("target", level.slug());
            model.expectedByLevel()
                    .get(level.id())
                    .forEach((id, value) -> request.param(
                            "rating-" + model.byId(id).orElseThrow().slug(), Integer.toString(value)));
            MvcTestResult result = request.exchange();
            assertThat(result).hasStatus(HttpStatus.FOUND);
            Document page = Pages.page(mvc, result.getResponse().getRedirectedUrl());
            assertThat(page.select("#level .estimate[data-track=" + level.trackSlug() + "] strong")
                            .text())
                    .as(level.slug())
                    .isEqualTo(level.name());
            assertThat(page.select("#gaps li.gap")).as(level.slug()).isEmpty();
        }
    }

    @Test
    void theMethodologyPageStatesTheRuleAndWorksAnExampleOnTheModel() {
        Document page = Pages.page(mvc, "/methodology");
        assertThat(page.select("#rule").text()).contains("defining dimensions", "80%", "one step below");
        assertThat(page.select(".example-at-from").text()).isEqualTo("Senior ML Engineer");
        assertThat(page.select(".example-raised").text()).isEqualTo("Staff ML Engineer");
        assertThat(page.select(".example-one-short").text()).isEqualTo("Senior ML Engineer");
        assertThat(page.select("#example tbody tr")).isNotEmpty();
    }
}
