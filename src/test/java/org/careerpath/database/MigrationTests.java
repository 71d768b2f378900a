package org.careerpath.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.careerpath.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

class MigrationTests {

    @Test
    void migrationsApplyToAnEmptyDatabaseAndASecondRunChangesNothing() throws Exception {
        String url = TestDatabase.createDatabase("careerpath_migration_test");
        TestDatabase.Server server = TestDatabase.server();
        Flyway flyway = Flyway.configure()
                .dataSource(url, server.username(), server.password())
                .locations("classpath:db/migration")
                .load();

        long migrationFiles;
        try (var files = Files.list(Path.of("db/migration"))) {
            migrationFiles = files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql"))
                    .count();
        }

        var first = flyway.migrate();
        assertThat(first.success).isTrue();
        assertThat(first.migrationsExecuted).isEqualTo((int) migrationFiles);
        List<String> snapshot = snapshot(url, server);

        var second = flyway.migrate();
        assertThat(second.migrationsExecuted).isZero();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        assertThat(snapshot(url, server)).isEqualTo(snapshot);
    }

    /** Every table with its row count, and every constraint: what a second run must not change. */
    private static List<String> snapshot(String url, TestDatabase.Server server) throws SQLException, IOException {
        List<String> lines = new ArrayList<>();
        try (var connection = DriverManager.getConnection(url, server.username(), server.password());
                var statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (var rows = statement.executeQuery(
                    "select table_name from information_schema.tables where table_schema = 'public' order by 1")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (var rows = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    rows.next();
                    lines.add(table + "=" + rows.getLong(1));
                }
            }
            try (var rows = statement.executeQuery(
                    "select conname from pg_constraint c join pg_namespace n on n.oid = c.connamespace"
                            + " where n.nspname = 'public' order by 1")) {
                while (rows.next()) {
                    lines.add("constraint " + rows.getString(1));
                }
            }
        }
        assertThat(lines).anyMatch(line -> line.startsWith("skill_expectation="));
        return lines;
    }
}
