package org.careerpath.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresLauncherTests {

    @TempDir
    Path folder;

    private EmbeddedPostgresProperties properties(Path dataDirectory) {
        return new EmbeddedPostgresProperties(dataDirectory, 0, "careerpath", Duration.ofSeconds(60));
    }

    @Test
    void keepsItsDataAcrossRestarts() throws Exception {
        Path data = folder.resolve("postgres");
        try (EmbeddedPostgres first = EmbeddedPostgresLauncher.start(properties(data))) {
            execute(first, "create table kept (note text)", "insert into kept values ('still here')");
        }
        try (EmbeddedPostgres second = EmbeddedPostgresLauncher.start(properties(data))) {
            assertThat(query(second, "select note from kept")).isEqualTo("still here");
        }
    }

    @Test
    void refusesADataDirectoryThatAnotherRunningInstanceUses() throws Exception {
        Path data = folder.resolve("postgres");
        try (EmbeddedPostgres running = EmbeddedPostgresLauncher.start(properties(data))) {
            assertThatThrownBy(() -> EmbeddedPostgresLauncher.start(properties(data)))
                    .isInstanceOf(EmbeddedPostgresException.class)
                    .hasMessageContaining("is in use by another running CareerPath")
                    .satisfies(e -> assertThat(((EmbeddedPostgresException) e).action())
                            .contains("CAREERPATH_EMBEDDED_POSTGRES_DATA_DIRECTORY"));
            assertThat(query(running, "select 'still serving'")).isEqualTo("still serving");
        }
    }

    @Test
    void recoversFromAStaleLockLeftByAKilledRun() throws Exception {
        Path data = folder.resolve("postgres");
        try (EmbeddedPostgres first = EmbeddedPostgresLauncher.start(properties(data))) {
            execute(first, "create table kept (note text)", "insert into kept values ('survived')");
        }
        // A killed run leaves postmaster.pid behind, naming a process that no longer exists.
        Files.writeString(data.resolve("postmaster.pid"), "2147483646\n" + data + "\n");
        try (EmbeddedPostgres second = EmbeddedPostgresLauncher.start(properties(data))) {
            assertThat(query(second, "select note from kept")).isEqualTo("survived");
        }
    }

    @Test
    void explainsAFolderThatIsNotADatabase() throws Exception {
        Path data = Files.createDirectories(folder.resolve("not-a-database"));
        Files.writeString(data.resolve("notes.txt"), "someone else's file");

        assertThatThrownBy(() -> EmbeddedPostgresLauncher.start(properties(data)))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageContaining("holds no PostgreSQL data directory")
                .satisfies(e ->
                        assertThat(((EmbeddedPostgresException) e).action()).contains("Delete the folder"));
        assertThat(data.resolve("notes.txt")).exists();
    }

    private static void execute(EmbeddedPostgres postgres, String... statements) throws SQLException {
        try (var connection = postgres.getDatabase("postgres", "careerpath").getConnection();
                var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String query(EmbeddedPostgres postgres, String sql) throws SQLException {
        try (var connection = postgres.getDatabase("postgres", "careerpath").getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
