package org.careerpath.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, the portal runs on an embedded PostgreSQL server: a real server
 * whose data directory is kept between runs. The server is published to Spring Boot as
 * {@link JdbcConnectionDetails} (the mechanism behind {@code @ServiceConnection}), so Boot builds the
 * connection pool itself and applies the usual {@code spring.datasource.hikari.*} and Flyway settings.
 * Setting the URL (for example SPRING_DATASOURCE_URL) turns all of this off.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnEmbeddedPostgresCondition.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) {
        return EmbeddedPostgresEarlyStart.take(properties);
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(
            EmbeddedPostgres postgres, EmbeddedPostgresProperties properties) {
        return new JdbcConnection(
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + properties.database(),
                "postgres",
                EmbeddedPostgresLauncher.password(properties.dataDirectory()));
    }
}
