package org.careerpath.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.careerpath.support.Portal;
import org.careerpath.support.TestDatabase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first start of a new database is ready before the shipped survey has loaded (it loads in the background),
 * and once it has, the salary pages show the survey's computed bands without a restart.
 */
class SurveyLoadTests {

    @Test
    void aFirstStartIsReadyAtOnceAndShowsTheSurveysBandsOnceTheyAreLoaded() throws InterruptedException {
        String url = TestDatabase.createDatabase("careerpath_first_start");
        TestDatabase.Server server = TestDatabase.server();
        try (Portal portal = Portal.start(
                url,
                server.username(),
                server.password(),
                "careerpath.start.background=true",
                "careerpath.rate-limits.enabled=false")) {
            assertThat(portal.probe("readiness")).isEqualTo(200);
            assertThat(portal.get("/salaries").statusCode())
                    .as("while the survey loads")
                    .isEqualTo(200);
            JdbcClient jdbc = portal.bean(JdbcClient.class);
            String loaded = """
                    select count(*) from salary_import i join source s on s.id = i.source_id
                    where s.slug = 'aijobs-observations' and i.file_name = 'aijobs-salaries-2025-01-19.csv.gz'
                    """;
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (jdbc.sql(loaded).query(Long.class).single() == 0
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            assertThat(jdbc.sql(loaded).query(Long.class).single()).isEqualTo(1);
            // the load bumped the content version, so the page is rendered afresh with the survey's bands
            var page = Jsoup.parse(portal.get("/salaries").body());
            assertThat(page.select("tr[data-source=aijobs-observations]")).isNotEmpty();
        }
    }
}
