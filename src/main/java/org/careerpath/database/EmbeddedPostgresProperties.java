package org.careerpath.database;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL server that starts when no datasource URL is configured.
 *
 * @param dataDirectory where the server keeps its data; kept across restarts
 * @param port the port to listen on; 0 picks a free one
 * @param database the database the application uses inside that server
 * @param startupTimeout how long to wait for the server to accept connections
 */
@ConfigurationProperties("careerpath.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("careerpath") String database,
        @DefaultValue("60s") Duration startupTimeout) {}
