package org.careerpath.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, the portal runs on an embedded PostgreSQL server: a real server
 * whose data directory is kept between runs. Setting the URL (for example SPRING_DATASOURCE_URL) turns
 * this off, and Spring Boot's own datasource takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnEmbeddedPostgresCondition.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) {
        return EmbeddedPostgresLauncher.start(properties);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedPostgresProperties properties) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.postgresql.Driver")
                .url(postgres.getJdbcUrl("postgres", properties.database()))
                .username("postgres")
                .password("")
                .build();
        dataSource.setPoolName("careerpath-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
