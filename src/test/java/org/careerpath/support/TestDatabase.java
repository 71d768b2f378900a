package org.careerpath.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL server the tests run on, one per JVM: a Testcontainers container where a Docker
 * engine answers, the embedded server (a throw-away data directory) where none does. Set
 * CAREERPATH_TEST_DATABASE to "embedded" or "testcontainers" to force one.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static Server server;
    private static PostgreSQLContainer container;
    private static final Set<String> created = new HashSet<>();

    /** Where to connect: host, port and credentials of the server's superuser. */
    public record Server(String kind, String host, int port, String username, String password) {

        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    private TestDatabase() {}

    public static synchronized Server server() {
        if (server == null) {
            server = useDocker() ? startContainer() : startEmbedded();
        }
        return server;
    }

    static synchronized PostgreSQLContainer container() {
        server();
        return container;
    }

    /** A new, empty database on the test server, for tests that need a clean slate (migrations). */
    public static String createDatabase(String name) {
        Server s = server();
        try (var connection = DriverManager.getConnection(s.jdbcUrl("postgres"), s.username(), s.password());
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return s.jdbcUrl(name);
    }

    /** The database the application contexts of this run share, created on first use. */
    static synchronized String applicationDatabase(String name) {
        if (created.add(name)) {
            createDatabase(name);
        }
        return server().jdbcUrl(name);
    }

    private static boolean useDocker() {
        String choice =
                System.getenv().getOrDefault("CAREERPATH_TEST_DATABASE", "auto").toLowerCase(Locale.ROOT);
        return switch (choice) {
            case "embedded" -> false;
            case "testcontainers" -> true;
            default -> dockerAvailable();
        };
    }

    private static boolean dockerAvailable() {
        boolean dockerConfigured = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".docker"));
        if (!dockerConfigured) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' Ryuk when the JVM exits
    private static Server startContainer() {
        container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        log.info("Tests use PostgreSQL in a Testcontainers container");
        return new Server(
                "testcontainers",
                container.getHost(),
                container.getMappedPort(5432),
                container.getUsername(),
                container.getPassword());
    }

    private static Server startEmbedded() {
        try {
            // a throw-away server: durability settings off, so slow disks do not slow the tests
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the JVM is exiting; nothing more to do
                }
            }));
            log.info("No Docker engine: tests use the embedded PostgreSQL server on port {}", postgres.getPort());
            return new Server("embedded", "localhost", postgres.getPort(), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL for tests", e);
        }
    }

    /** Matches when the tests run on a Testcontainers container. */
    static class OnContainer implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return "testcontainers".equals(server().kind());
        }
    }

    /** Matches when the tests run on the embedded server. */
    static class OnEmbedded implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return "embedded".equals(server().kind());
        }
    }
}
