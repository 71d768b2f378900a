package org.careerpath;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Runs the portal on a throw-away PostgreSQL 17 container through Spring Boot's Testcontainers support
 * ({@code ./mvnw spring-boot:test-run}, where Docker is installed). The embedded server stays off.
 */
public class TestCareerPathApplication {

    @TestConfiguration(proxyBeanMethods = false)
    static class Containers {

        @Bean
        @ServiceConnection
        PostgreSQLContainer postgres() {
            return new PostgreSQLContainer("postgres:17-alpine");
        }
    }

    public static void main(String[] args) {
        String[] withoutEmbedded = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(args),
                        java.util.stream.Stream.of("--careerpath.embedded-postgres.enabled=false"))
                .toArray(String[]::new);
        SpringApplication.from(CareerPathApplication::main)
                .with(Containers.class)
                .run(withoutEmbedded);
    }
}
