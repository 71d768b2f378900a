package org.careerpath.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.careerpath.support.Pages;
import org.careerpath.support.PortalIntegrationTest;
import org.careerpath.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Assessments stored with the old form (35 skills, no impact or people dimensions) keep their meaning: the
 * migrations keep every rating as it was, and the results show the new dimensions as not rated yet rather
 * than re-scoring them as zero.
 */
@PortalIntegrationTest
class OldAssessmentTests {

    static final String OLD_TOKEN = "oldFormAssessmentTokenAAAAAAAAAAAAAAAAAAAAA";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    /** The 35 skills of the old form, as V3 created them. */
    static final String OLD_SKILLS = """
            select id, slug from skill where slug in (
              'gpu-memory-sizing','compute-cost-control','distributed-training','experiment-tracking','model-registry',
              'data-versioning','data-validation','model-quality-gates','staged-rollouts','retraining-automation',
              'deployment-patterns','inference-optimisation','autoscaling','prediction-monitoring','drift-detection',
              'ml-incident-response','access-control','secrets-management','data-protection','maths-and-statistics',
              'deep-learning','model-evaluation','feature-engineering','python','testing','system-design',
              'production-debugging','sql','data-pipelines','data-quality','mentoring','stakeholder-communication',
              'technical-direction','business-impact','documentation') order by id
            """;

    @Test
    void migratingKeepsEveryRatingOfAnAssessmentTakenWithTheOldForm() throws Exception {
        String url = TestDatabase.createDatabase("careerpath_old_assessment");
        TestDatabase.Server server = TestDatabase.server();
        Flyway.configure()
                .dataSource(url, server.username(), server.password())
                .locations("classpath:db/migration")
                .target("11")
                .load()
                .migrate();
        List<String> before = new ArrayList<>();
        try (var connection = DriverManager.getConnection(url, server.username(), server.password());
                var statement = connection.createStatement()) {
            statement.execute("insert into assessment (token) values ('" + OLD_TOKEN + "')");
            statement.execute("""
                    insert into assessment_revision (assessment_id, number, target_level_id, label, years_experience)
                    select a.id, 1, l.id, 'old form', 7 from assessment a, career_level l where l.slug = 'staff'
                    """);
            statement.execute("""
                    insert into assessment_rating (revision_id, skill_id, rating)
                    select r.id, s.id, (s.id % 5)::smallint from assessment_revision r, skill s
                    """);
            statement.execute("""
                    insert into checklist_tick (assessment_id, skill_id)
                    select a.id, s.id from assessment a, skill s where s.slug = 'mentoring'
                    """);
            try (var rows = statement.executeQuery(
                    "select s.slug, ar.rating from assessment_rating ar join skill s on s.id = ar.skill_id order by s.slug")) {
                while (rows.next()) {
                    before.add(rows.getString(1) + "=" + rows.getInt(2));
                }
            }
        }
        assertThat(before).hasSize(35);

        Flyway.configure()
                .dataSource(url, server.username(), server.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();

        List<String> after = new ArrayList<>();
        try (var connection = DriverManager.getConnection(url, server.username(), server.password());
                var statement = connection.createStatement()) {
            try (var rows = statement.executeQuery(
                    "select s.slug, ar.rating from assessment_rating ar join skill s on s.id = ar.skill_id order by s.slug")) {
                while (rows.next()) {
                    after.add(rows.getString(1) + "=" + rows.getInt(2));
                }
            }
            // the old link becomes the owner link: only its hash is kept, the same hash the application computes
            try (var rows = statement.executeQuery("select owner_token_hash, share_token_hash from assessment")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getBytes(1)).isEqualTo(Tokens.hash(OLD_TOKEN));
                assertThat(rows.getBytes(2)).isNull();
            }
            try (var columns = statement.executeQuery(
                    "select count(*) from information_schema.columns where table_name = 'assessment' and column_name = 'token'")) {
                columns.next();
                assertThat(columns.getInt(1)).as("no plain token column left").isZero();
            }
        }
        assertThat(after).containsExactlyElementsOf(before);
    }

    @Test
    void anOldAssessmentShowsTheNewDimensionsAsNotRatedYetAndItsRetiredAnswersAsTheyWere() {
        // as the migration leaves an old assessment: the hash of its link, no read-only link yet
        jdbc.sql("delete from assessment where owner_token_hash = sha256(convert_to(?, 'UTF8'))")
                .param(OLD_TOKEN)
                .update();
        long assessment = jdbc.sql(
                        "insert into assessment (owner_token_hash) values (sha256(convert_to(?, 'UTF8'))) returning id")
                .param(OLD_TOKEN)
                .query(Long.class)
                .single();
        long revision = jdbc.sql("""
                        insert into assessment_revision (assessment_id, number, target_level_id, label)
                        select ?, 1, id, 'old form' from career_level where slug = 'senior' returning id
                        """).param(assessment).query(Long.class).single();
        // every old skill rated at what Senior used to expect: practitioner
        jdbc.sql("insert into assessment_rating (revision_id, skill_id, rating) select ?, id, 3 from (" + OLD_SKILLS
                        + ") old")
                .param(revision)
                .update();
        long newDimensions =
                jdbc.sql("""
                        select count(*) from skill where retired_at is null and slug not in (
                          select slug from (""" + OLD_SKILLS + ") old)").query(Long.class).single();
        assertThat(newDimensions).isEqualTo(13);

        Document page = Pages.page(mvc, "/assessment/" + OLD_TOKEN);

        assertThat(page.select("#level .notice").text())
                .contains(newDimensions + " dimensions are not rated yet")
                .contains("neither met nor missed");
        assertThat(page.select("#level .notice a").attr("href")).isEqualTo("/assessment/" + OLD_TOKEN + "/edit");
        assertThat(page.select("#retired li").eachText())
                .anyMatch(text -> text.startsWith("Mentoring: 3"))
                .allMatch(text -> text.contains("retired since"));
        // nothing unrated is counted as a gap or as zero
        assertThat(page.select("#gaps li.gap").eachAttr("data-dimension"))
                .doesNotContain("scope-of-work", "hiring", "specialty-depth");
        assertThat(page.select("#readiness .overall").text()).contains("of the 31 dimensions you rated");
        assertThat(jdbc.sql("select count(*) from assessment_rating where revision_id = ?")
                        .param(revision)
                        .query(Long.class)
                        .single())
                .isEqualTo(35);

        // opening it with the old link gave it a read-only link, which works and changes nothing
        String shared = page.selectFirst("#share-link").val();
        assertThat(shared).contains("/assessment/shared/" + Tokens.share(OLD_TOKEN));
        assertThat(Pages.page(mvc, "/assessment/shared/" + Tokens.share(OLD_TOKEN))
                        .select("#readiness .overall")
                        .text())
                .contains("of the 31 dimensions you rated");
    }
}
