package org.careerpath.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.careerpath.support.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command: with no datasource URL the portal starts its own PostgreSQL, which begins
 * starting while Spring builds the context ({@link EmbeddedPostgresEarlyStart}).
 */
class EmbeddedStartTests {

    @TempDir
    Path folder;

    @Test
    void servesFromItsOwnServerAndStopsItWhenItStops() {
        Path data = folder.resolve("postgres");
        try (Portal portal = Portal.startEmbedded(data)) {
            assertThat(portal.probe("readiness")).isEqualTo(200);
            assertThat(portal.get("/ladder").statusCode()).isEqualTo(200);
            assertThat(data.resolve("postmaster.pid")).exists();
        }
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
        // and starts again on the same data, content kept
        try (Portal again = Portal.startEmbedded(data)) {
            assertThat(again.get("/levels/senior").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aStartThatFailsLeavesNoServerBehind() {
        Path data = folder.resolve("postgres");
        // a setting SpringApplication refuses after the environment is prepared, so after the server began
        // starting and before any context could take it
        assertThatThrownBy(() -> Portal.startEmbedded(data, "spring.main.web-application-type=telepathic"))
                .hasStackTraceContaining("telepathic");
        assertThat(data.resolve("PG_VERSION")).exists();
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
        try (Portal portal = Portal.startEmbedded(data)) {
            assertThat(portal.probe("readiness")).isEqualTo(200);
        }
    }
}
