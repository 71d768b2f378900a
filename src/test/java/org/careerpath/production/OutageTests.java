package org.careerpath.production;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.careerpath.support.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database goes away under a running portal and comes back: the portal tells the truth quickly
 * (readiness DOWN, 503 with Retry-After within 5 s), keeps serving what it already rendered, and recovers by
 * itself. Runs on its own PostgreSQL server, which the test stops and starts again.
 */
class OutageTests {

    @TempDir
    Path folder;

    private static EmbeddedPostgres startDatabase(Path data, int port) throws Exception {
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "off")
                .start();
    }

    @Test
    void answers503QuicklyWhileTheDatabaseIsDownAndRecoversWithoutARestart() throws Exception {
        Path data = folder.resolve("postgres");
        EmbeddedPostgres database = startDatabase(data, 0);
        int databasePort = database.getPort();
        try (var connection = database.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database careerpath");
        }
        try (Portal portal =
                Portal.start("jdbc:postgresql://localhost:" + databasePort + "/careerpath", "postgres", "")) {
            assertThat(portal.get("/ladder").statusCode()).isEqualTo(200);
            assertThat(portal.probe("readiness")).isEqualTo(200);

            database.close();

            Instant asked = Instant.now();
            HttpResponse<String> level = portal.get("/search?q=staff+engineer");
            Duration took = Duration.between(asked, Instant.now());
            assertThat(level.statusCode()).isEqualTo(503);
            assertThat(took).isLessThan(Duration.ofSeconds(5));
            assertThat(level.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(level.headers().firstValue("Content-Security-Policy")).isPresent();
            assertThat(level.body()).contains("Back in a moment").contains("class=\"brand\"");

            HttpResponse<String> kept = portal.get("/ladder");
            assertThat(kept.statusCode())
                    .as("a page already rendered is still served")
                    .isEqualTo(200);

            assertThat(portal.probe("readiness")).isEqualTo(503);
            assertThat(portal.probe("liveness")).isEqualTo(200);

            database = startDatabase(data, databasePort);
            Instant back = Instant.now();
            int status = 0;
            while (Duration.between(back, Instant.now()).compareTo(Duration.ofSeconds(30)) < 0) {
                status = portal.get("/search?q=staff+engineer").statusCode();
                if (status == 200) {
                    break;
                }
                Thread.sleep(250);
            }
            assertThat(status).as("recovered within 30 s without a restart").isEqualTo(200);
            assertThat(portal.probe("readiness")).isEqualTo(200);
        } finally {
            database.close();
        }
    }
}
