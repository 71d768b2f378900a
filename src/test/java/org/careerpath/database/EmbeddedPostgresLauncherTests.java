package org.careerpath.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.DriverManager;
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

    @Test
    void refusesAConnectionWithoutThePassword() throws Exception {
        Path data = folder.resolve("postgres");
        try (EmbeddedPostgres server = EmbeddedPostgresLauncher.start(properties(data))) {
            String url = "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/careerpath";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", ""))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "wrong password"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            Path passwordFile = data.resolve(EmbeddedPostgresLauncher.PASSWORD_FILE);
            assertThat(Files.getPosixFilePermissions(passwordFile))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            try (var connection =
                            DriverManager.getConnection(url, "postgres", EmbeddedPostgresLauncher.password(data));
                    var statement = connection.createStatement()) {
                assertThat(setting(statement, "fsync")).isEqualTo("on");
                assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(statement, "full_page_writes")).isEqualTo("on");
                assertThat(setting(statement, "unix_socket_directories")).isEmpty();
                assertThat(setting(statement, "password_encryption")).isEqualTo("scram-sha-256");
            }
            assertThat(Files.readString(data.resolve("pg_hba.conf"))
                            .lines()
                            .filter(line -> !line.isBlank() && !line.startsWith("#")))
                    .isNotEmpty()
                    .noneMatch(line -> line.contains("trust"));
        }
        assertThat(Files.list(folder))
                .as("no password left beside the data directory")
                .containsExactly(data);
    }

    @Test
    void switchesADataDirectoryMadeWithTrustToAPasswordKeepingItsData() throws Exception {
        Path data = folder.resolve("postgres");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .start()) {
            try (var connection = old.getPostgresDatabase().getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("create database careerpath");
            }
            execute(old, "create table kept (note text)", "insert into kept values ('from the trust days')");
        }
        try (EmbeddedPostgres upgraded = EmbeddedPostgresLauncher.start(properties(data))) {
            assertThat(query(upgraded, "select note from kept")).isEqualTo("from the trust days");
            String url = "jdbc:postgresql://127.0.0.1:" + upgraded.getPort() + "/careerpath";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", ""))
                    .isInstanceOf(SQLException.class);
        }
        try (EmbeddedPostgres again = EmbeddedPostgresLauncher.start(properties(data))) {
            assertThat(query(again, "select note from kept")).isEqualTo("from the trust days");
            String url = "jdbc:postgresql://localhost:" + again.getPort() + "/careerpath";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres"))
                    .isInstanceOf(SQLException.class);
        }
    }

    private static String setting(java.sql.Statement statement, String name) throws SQLException {
        try (var rows = statement.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
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
