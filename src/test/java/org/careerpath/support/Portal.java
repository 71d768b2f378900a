package org.careerpath.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.careerpath.CareerPathApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One more instance of the whole portal, started as production starts it, on a database of the test's
 * choosing: for what one shared test context cannot show (several instances, a database that goes away).
 */
public final class Portal implements AutoCloseable {

    private static final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final java.util.concurrent.Semaphore LOGGING_SET_UP = new java.util.concurrent.Semaphore(1);

    private final ConfigurableApplicationContext context;
    private final int port;

    private Portal(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public static Portal start(String jdbcUrl, String username, String password, String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "spring.datasource.url=" + jdbcUrl,
                "spring.datasource.username=" + username,
                "spring.datasource.password=" + password,
                "careerpath.embedded-postgres.enabled=false"));
        all.addAll(List.of(properties));
        return run(all);
    }

    /** The portal as {@code ./mvnw spring-boot:run} starts it: on its embedded server, in this data directory. */
    public static Portal startEmbedded(java.nio.file.Path dataDirectory, String... properties) {
        List<String> all = new ArrayList<>(List.of("careerpath.embedded-postgres.data-directory=" + dataDirectory));
        all.addAll(List.of(properties));
        return run(all);
    }

    private static Portal run(List<String> properties) {
        List<String> all = new ArrayList<>(List.of("server.port=0", "spring.main.banner-mode=off"));
        all.addAll(properties);
        // the survey loads before the instance is ready, so that no test sees the content version bump it
        // makes, unless a test asks for the production default (in the background)
        if (all.stream().noneMatch(p -> p.startsWith("careerpath.start.background="))) {
            all.add("careerpath.start.background=false");
        }
        // as command-line arguments, which win over application.yml (as they would in production)
        // Spring Boot sets up logging for the whole JVM while it prepares the environment, which two
        // applications starting at once must not do together; the rest of their start may overlap
        java.util.concurrent.atomic.AtomicBoolean held = new java.util.concurrent.atomic.AtomicBoolean(true);
        Runnable release = () -> {
            if (held.getAndSet(false)) {
                LOGGING_SET_UP.release();
            }
        };
        LOGGING_SET_UP.acquireUninterruptibly();
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(CareerPathApplication.class)
                    .web(WebApplicationType.SERVLET)
                    .listeners((org.springframework.context.ApplicationListener<
                                    org.springframework.boot.context.event.ApplicationContextInitializedEvent>)
                            event -> release.run())
                    .run(all.stream().map(p -> "--" + p).toArray(String[]::new));
            return new Portal(context);
        } finally {
            release.run();
        }
    }

    public int port() {
        return port;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html"));
    }

    /** The status of a health group, as a load balancer's probe sees it. */
    public int probe(String group) {
        return send(HttpRequest.newBuilder(uri("/actuator/health/" + group))).statusCode();
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Override
    public void close() {
        context.close();
    }
}
