package org.careerpath.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL server as soon as its settings are known (when the environment is ready,
 * before Spring builds the context) on a thread of its own, so that the server comes up, or initdb runs on a
 * first start, while the context is being built; the {@code embeddedPostgres} bean then takes the running
 * server instead of starting one and waiting for it. A start that fails is reported by that bean, exactly as
 * a start on the spot would be; a server started for a context that then fails is stopped before the failure is reported. Registered in
 * {@code META-INF/spring.factories}.
 */
class EmbeddedPostgresEarlyStart implements ApplicationListener<SpringApplicationEvent> {

    private static final Map<EmbeddedPostgresProperties, CompletableFuture<EmbeddedPostgres>> STARTING =
            new ConcurrentHashMap<>();

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            Environment environment = prepared.getEnvironment();
            if (OnEmbeddedPostgresCondition.wanted(environment)) {
                settings(environment).ifPresent(EmbeddedPostgresEarlyStart::startAhead);
            }
        } else if (event instanceof ApplicationFailedEvent) {
            // the context failed before it took its server (contexts are built one at a time)
            STARTING.keySet().forEach(EmbeddedPostgresEarlyStart::abandon);
        }
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
            return Optional.of(Binder.get(environment)
                    .bindOrCreate("careerpath.embedded-postgres", EmbeddedPostgresProperties.class));
        } catch (RuntimeException e) {
            // settings that do not bind are reported by the context itself; start nothing ahead
            return Optional.empty();
        }
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
