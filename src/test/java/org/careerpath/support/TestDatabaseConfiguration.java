package org.careerpath.support;

import org.careerpath.database.JdbcConnection;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Hands the tests' PostgreSQL server (see {@link TestDatabase}) to Spring Boot the way Boot expects
 * service connections: a Testcontainers container with {@code @ServiceConnection} where Docker answers, a
 * {@link JdbcConnectionDetails} bean for the embedded server where it does not. Boot builds the pool and
 * runs Flyway from either, exactly as in production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    /** The application's own database on the test server, created once per test run. */
    static final String DATABASE = "careerpath_test";

    @Bean
    @ServiceConnection
    @Conditional(TestDatabase.OnContainer.class)
    PostgreSQLContainer postgresContainer() {
        return TestDatabase.container();
    }

    @Bean
    @Conditional(TestDatabase.OnEmbedded.class)
    JdbcConnectionDetails embeddedTestDatabase() {
        TestDatabase.Server server = TestDatabase.server();
        return new JdbcConnection(TestDatabase.applicationDatabase(DATABASE), server.username(), server.password());
    }
}
