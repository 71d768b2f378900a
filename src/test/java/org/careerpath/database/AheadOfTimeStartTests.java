package org.careerpath.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.careerpath.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged portal starts with Spring's ahead-of-time processed bean definitions (the Dockerfile and bench/run
 * set {@code -Dspring.aot.enabled=true}; the build makes them before the tests run), in which the build settled
 * every condition. Started that way, in a JVM of its own, it must still choose its database at start: its own
 * embedded server when no URL is given, and the server named by {@code SPRING_DATASOURCE_URL} otherwise; and it
 * must honour a proxy's X-Forwarded-* headers when, and only when, SERVER_FORWARD_HEADERS_STRATEGY says so.
 */
class AheadOfTimeStartTests {

    private static final String HSTS = "Strict-Transport-Security";

    @TempDir
    Path folder;

    @Test
    void servesFromItsOwnServerAndStopsItWhenItStops() throws Exception {
        Path data = folder.resolve("postgres");
        try (Child portal = Child.start(folder, Map.of(), "--careerpath.embedded-postgres.data-directory=" + data)) {
            assertThat(portal.log()).contains("Starting AOT-processed CareerPathApplication");
            assertThat(portal.log()).contains("Starting embedded PostgreSQL with a new data directory");
            assertThat(portal.get("/ladder").body()).contains("Staff");
            assertThat(portal.get("/levels/senior").statusCode()).isEqualTo(200);
            assertThat(portal.get("/assessment").body()).contains("name=\"_csrf\"");
            assertThat(portal.get("/api/v1/levels").statusCode()).isEqualTo(200);
            assertThat(portal.get("/no-such-page").statusCode()).isEqualTo(404);
            // no proxy is trusted by default: anyone could send the header
            assertThat(portal.get("/ladder", "X-Forwarded-Proto", "https")
                            .headers()
                            .firstValue(HSTS))
                    .isEmpty();
            assertThat(data.resolve("postmaster.pid")).exists();
        }
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void usesTheServerItIsGivenAndStartsNoneOfItsOwn() throws Exception {
        TestDatabase.Server server = TestDatabase.server();
        String url = TestDatabase.createDatabase("careerpath_aot_start");
        Map<String, String> environment = Map.of(
                "SPRING_DATASOURCE_URL",
                url,
                "SPRING_DATASOURCE_USERNAME",
                server.username(),
                "SPRING_DATASOURCE_PASSWORD",
                server.password(),
                "SERVER_FORWARD_HEADERS_STRATEGY",
                "framework");
        try (Child portal = Child.start(folder, environment, "--careerpath.survey.load-on-start=false")) {
            assertThat(portal.log()).contains("Starting AOT-processed CareerPathApplication");
            assertThat(portal.log()).doesNotContain("embedded PostgreSQL");
            assertThat(portal.get("/guides/senior-ml-engineer").statusCode()).isEqualTo(200);
            // behind a proxy that says the visitor came over HTTPS
            HttpResponse<String> proxied = portal.get("/assessment", "X-Forwarded-Proto", "https");
            assertThat(proxied.headers().firstValue(HSTS)).isPresent();
            assertThat(proxied.headers().allValues("Set-Cookie"))
                    .anySatisfy(cookie ->
                            assertThat(cookie).startsWith("XSRF-TOKEN=").contains("; Secure"));
        }
        assertThat(Files.exists(folder.resolve("data"))).isFalse();
    }

    /** The portal in a JVM of its own, started as the packaged one is, on a free port. */
    private record Child(Process process, Path logFile, int port) implements AutoCloseable {

        private static final HttpClient HTTP = HttpClient.newHttpClient();

        static Child start(Path folder, Map<String, String> environment, String... arguments) throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dspring.aot.enabled=true",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.careerpath.CareerPathApplication",
                    "--server.port=" + port,
                    "--spring.main.banner-mode=off"));
            command.addAll(List.of(arguments));
            Path log = folder.resolve("portal-" + port + ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_"));
            builder.environment().putAll(environment);
            Child child = new Child(builder.start(), log, port);
            child.awaitReady();
            return child;
        }

        private void awaitReady() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("The portal stopped before it was ready:\n" + log());
                }
                try {
                    if (get("/actuator/health/readiness").statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            close();
            throw new AssertionError("The portal was not ready within 120 s:\n" + log());
        }

        HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        String log() throws IOException {
            return Files.readString(logFile);
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
