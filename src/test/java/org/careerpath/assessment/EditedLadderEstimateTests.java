package org.careerpath.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careerpath.levels.Level;
import org.careerpath.skills.CareerModel;
import org.careerpath.skills.SkillCatalogue;
import org.careerpath.support.Editors;
import org.careerpath.support.PortalIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A level an editor adds takes part in assessments like the shipped ones: rated exactly at it, a person is
 * estimated at it, and at the level below it, still below it.
 */
@PortalIntegrationTest
class EditedLadderEstimateTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Editors editors;

    @Autowired
    SkillCatalogue skills;

    @AfterEach
    void removeTheLevel() {
        jdbc.sql("delete from career_level where slug = 'test-vp-of-ml'").update();
        editors.bumpContentVersion();
    }

    @Test
    void aLevelAddedOnTopOfTheManagerTrackRoundTripsAndLeavesTheOthersAsTheyWere() {
        List<String> raisable = jdbc.sql("""
                        select s.slug from skill_expectation e join skill s on s.id = e.skill_id
                        join career_level l on l.id = e.level_id
                        where l.slug = 'director-of-ml' and s.retired_at is null and e.proficiency < s.max_step
                        order by s.position
                        """).query(String.class).list();
        Map<String, String> fields = new HashMap<>(Map.of(
                "track", "manager",
                "name", "Test VP of ML",
                "shortName", "VP",
                "commonName", "VP of ML",
                "focus", "The company's ML organisation",
                "scopeOfImpact", "Every ML team in the company.",
                "summary", "Runs the ML organisation through directors.",
                "yearsMin", "15",
                "sfiaLevel", "7"));
        fields.put("raised", String.join(",", raisable.subList(0, 3)));
        editors.publish(port, editors.draft(port, "/admin/levels/new", fields));

        CareerModel model = skills.load();
        Level vp = model.ladder().bySlug("test-vp-of-ml").orElseThrow();
        Level director = model.ladder().below(vp).orElseThrow();
        assertThat(director.slug()).isEqualTo("director-of-ml");
        assertThat(model.defining(vp)).hasSize(3);
        for (Level level : model.ladder().levels()) {
            Map<Long, Integer> exactly = model.expectedByLevel().get(level.id());
            assertThat(Scoring.estimate(model.ladder().track(level.trackSlug()), model, exactly)
                            .map(m -> m.levelId()))
                    .as(level.slug())
                    .hasValue(level.id());
        }
    }
}
