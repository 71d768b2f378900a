package org.careerpath.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.careerpath.support.PortalIntegrationTest;
import org.careerpath.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The README's backup procedure: pg_dump the portal's database, pg_restore it into an empty one, and find
 * the assessments there. Needs a pg_dump at least as new as the server (17; Debian 12's 15 refuses a newer
 * server). `.ci/run` puts one on the PATH with `.ci/pg-client-17`; where there is none, the test says so and is
 * skipped.
 */
@PortalIntegrationTest
class BackupRestoreTests {

    @TempDir
    Path folder;

    @Autowired
    JdbcClient jdbc;

    private static int serverMajor(JdbcClient jdbc) {
        return jdbc.sql("show server_version_num").query(Integer.class).single() / 10_000;
    }

    private static int clientMajor(String tool) {
        try {
            Process process = new ProcessBuilder(tool, "--version")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(10, TimeUnit.SECONDS);
            var matcher = java.util.regex.Pattern.compile("(\\d+)\\.").matcher(out);
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + "\n" + out)
                .isZero();
    }

    @Test
    void aDumpRestoredIntoAnEmptyDatabaseHasTheAssessments() throws Exception {
        int server = serverMajor(jdbc);
        assumeTrue(
                clientMajor("pg_dump") >= server && clientMajor("pg_restore") >= server,
                "needs pg_dump and pg_restore " + server + " or newer on the PATH");
        jdbc.sql(
                        "insert into assessment (owner_token_hash, share_token_hash)"
                                + " values (sha256('backup test'::bytea), sha256('backup share'::bytea)) on conflict do nothing")
                .update();
        long assessments =
                jdbc.sql("select count(*) from assessment").query(Long.class).single();
        TestDatabase.Server db = TestDatabase.server();
        Map<String, String> environment = Map.of("PGPASSWORD", db.password());
        List<String> connection = List.of("-h", db.host(), "-p", Integer.toString(db.port()), "-U", db.username());
        Path dump = folder.resolve("careerpath.dump");

        List<String> pgDump = new ArrayList<>(List.of("pg_dump"));
        pgDump.addAll(connection);
        pgDump.addAll(List.of("-Fc", "-f", dump.toString(), "careerpath_test"));
        run(pgDump, environment);
        assertThat(Files.size(dump)).isPositive();

        String restoredUrl = TestDatabase.createDatabase("careerpath_restored");
        List<String> pgRestore = new ArrayList<>(List.of("pg_restore"));
        pgRestore.addAll(connection);
        pgRestore.addAll(List.of("--no-owner", "-d", "careerpath_restored", dump.toString()));
        run(pgRestore, environment);

        try (var restored = DriverManager.getConnection(restoredUrl, db.username(), db.password());
                var statement = restored.createStatement()) {
            try (var rows = statement.executeQuery("select count(*) from assessment")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(assessments);
            }
            try (var rows = statement.executeQuery(
                    "select count(*) from assessment where owner_token_hash = sha256('backup test'::bytea)")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(1);
            }
            try (var rows = statement.executeQuery("select count(*) from flyway_schema_history where not success")) {
                rows.next();
                assertThat(rows.getLong(1)).isZero();
            }
        }
    }
}
