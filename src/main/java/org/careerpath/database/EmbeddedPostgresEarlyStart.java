package org.careerpath.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationListener;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url}, the portal runs on an embedded PostgreSQL server: a real server whose
 * data directory is kept between runs. The server is published to Spring Boot as {@link JdbcConnectionDetails}
 * (the mechanism behind {@code @ServiceConnection}), so Boot builds the connection pool itself and applies the
 * usual {@code spring.datasource.hikari.*} and Flyway settings. Setting the URL (for example
 * SPRING_DATASOURCE_URL), or {@code careerpath.embedded-postgres.enabled=false}, turns all of this off.
 *
 * <p>The choice is made at every start, from the settings of that start, and the two beans are registered here
 * rather than by a conditional configuration: the packaged portal starts with Spring's ahead-of-time processed
 * bean definitions, where conditions were settled when the jar was built.
 *
 * <p>The server starts as soon as its settings are known (when the environment is ready, before Spring builds
 * the context) on a thread of its own, so that it comes up, or initdb runs on a first start, while the context is
 * being built; the {@code embeddedPostgres} bean then takes the running server. A start that fails is reported
 * by that bean, exactly as a start on the spot would be; a server started for a context that then fails is
 * stopped before the failure is reported. Registered in {@code META-INF/spring.factories}.
 */
class EmbeddedPostgresEarlyStart implements ApplicationListener<SpringApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresEarlyStart.class);

    private static final Map<EmbeddedPostgresProperties, CompletableFuture<EmbeddedPostgres>> STARTING =
            new ConcurrentHashMap<>();

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            Environment environment = prepared.getEnvironment();
            if (wanted(environment)) {
                settings(environment).ifPresent(EmbeddedPostgresEarlyStart::startAhead);
            }
        } else if (event instanceof ApplicationContextInitializedEvent initialized
                && initialized.getApplicationContext() instanceof GenericApplicationContext context) {
            String reason = notWantedBecause(context.getEnvironment());
            if (reason == null) {
                register(context);
            } else {
                log.debug("No embedded PostgreSQL: {}", reason);
            }
        } else if (event instanceof ApplicationFailedEvent) {
            // the context failed before it took its server (contexts are built one at a time)
            STARTING.keySet().forEach(EmbeddedPostgresEarlyStart::abandon);
        }
    }

    /** Whether the portal runs on its embedded server with these settings. */
    static boolean wanted(Environment environment) {
        return notWantedBecause(environment) == null;
    }

    private static String notWantedBecause(Environment environment) {
        if (Boolean.getBoolean("spring.aot.processing")) {
            // the build's ahead-of-time processing runs the application's set-up without a database
            return "ahead-of-time processing";
        }
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return "spring.datasource.url is set; using that server";
        }
        if (!environment.getProperty("careerpath.embedded-postgres.enabled", Boolean.class, true)) {
            return "careerpath.embedded-postgres.enabled is false";
        }
        return null;
    }

    /**
     * The server, and its connection details for the pool: primary, because the ahead-of-time processed
     * definitions also hold Boot's own (from the {@code spring.datasource.*} settings).
     */
    private static void register(GenericApplicationContext context) {
        // settings that do not bind stop the start here, with Boot's report of what is wrong
        EmbeddedPostgresProperties properties = bind(context.getEnvironment());
        context.registerBean(
                "embeddedPostgres",
                EmbeddedPostgres.class,
                () -> take(properties),
                definition -> definition.setDestroyMethodName("close"));
        context.registerBean(
                "embeddedPostgresConnectionDetails",
                JdbcConnectionDetails.class,
                () -> new JdbcConnection(
                        "jdbc:postgresql://localhost:"
                                + context.getBean(EmbeddedPostgres.class).getPort()
                                + "/"
                                + properties.database(),
                        "postgres",
                        EmbeddedPostgresLauncher.password(properties.dataDirectory())),
                definition -> definition.setPrimary(true));
    }

    /** The server for these settings: the one started ahead if there is one, else started now. */
    static EmbeddedPostgres take(EmbeddedPostgresProperties properties) {
        CompletableFuture<EmbeddedPostgres> starting = STARTING.remove(properties);
        if (starting == null) {
            return EmbeddedPostgresLauncher.start(properties);
        }
        try {
            return starting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Optional<EmbeddedPostgresProperties> settings(Environment environment) {
        try {
            return Optional.of(bind(environment));
        } catch (RuntimeException e) {
            // settings that do not bind are reported when the context registers the server; start nothing ahead
            return Optional.empty();
        }
    }

    private static EmbeddedPostgresProperties bind(Environment environment) {
        return Binder.get(environment).bindOrCreate("careerpath.embedded-postgres", EmbeddedPostgresProperties.class);
    }

    private static void startAhead(EmbeddedPostgresProperties properties) {
        STARTING.computeIfAbsent(
                properties,
                key -> CompletableFuture.supplyAsync(() -> EmbeddedPostgresLauncher.start(key), task -> {
                    Thread thread = new Thread(task, "embedded-postgres-start");
                    thread.setDaemon(true);
                    thread.start();
                }));
    }

    /** Waits for a start nothing will take and stops the server, so that a failed start leaves none behind. */
    private static void abandon(EmbeddedPostgresProperties properties) {
        CompletableFuture<EmbeddedPostgres> starting = STARTING.remove(properties);
        if (starting != null) {
            try {
                starting.join().close();
            } catch (CompletionException | IOException e) {
                // it did not start, or is stopped already
            }
        }
    }
}
