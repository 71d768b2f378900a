package org.careerpath.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser of its own over real HTTP: cookies kept (so its own CSRF token and session), redirects not
 * followed, asking for HTML as browsers do.
 */
public final class WebClient {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public WebClient(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a form with the CSRF token of the page it is on. */
    public HttpResponse<String> submit(String page, String action, Map<String, String> fields) {
        return submit(page, action, fields, Map.of());
    }

    /** Posts a form with the CSRF token of the page it is on, where some fields (check boxes) have several values. */
    public HttpResponse<String> submit(
            String page, String action, Map<String, String> fields, Map<String, java.util.List<String>> several) {
        Matcher token = TOKEN.matcher(get(page).body());
        assertThat(token.find()).as("a CSRF token on " + page).isTrue();
        Map<String, String> form = new LinkedHashMap<>(fields);
        several.keySet().forEach(form::remove);
        form.put("_csrf", token.group(1));
        String body = java.util.stream.Stream.concat(
                        form.entrySet().stream()
                                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)),
                        several.entrySet().stream()
                                .flatMap(e -> e.getValue().stream()
                                        .map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * The fields of the first form on a page that matches {@code formSelector}, as the page fills them (a
     * select's chosen option), without its CSRF token: what a person who changes nothing would send.
     */
    public Map<String, String> formFields(String page, String formSelector) {
        org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(get(page).body()).selectFirst(formSelector);
        assertThat(form).as(formSelector + " on " + page).isNotNull();
        Map<String, String> fields = new LinkedHashMap<>();
        for (org.jsoup.nodes.Element field : form.select("input[name], textarea[name], select[name]")) {
            if (field.attr("type").equals("checkbox") && !field.hasAttr("checked")) {
                continue;
            }
            String value = switch (field.tagName()) {
                case "textarea" -> field.text();
                case "select" -> {
                    org.jsoup.nodes.Element chosen = field.selectFirst("option[selected]");
                    yield chosen == null ? "" : chosen.val();
                }
                default -> field.val();
            };
            fields.put(field.attr("name"), value);
        }
        fields.remove("_csrf");
        return fields;
    }

    public HttpResponse<String> signIn(String email, String password) {
        return submit("/sign-in", "/sign-in", Map.of("email", email, "password", password));
    }

    /** The server session this browser holds, if any. */
    public Optional<String> session() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Holds a session id it never got from the portal (as a stolen or planted cookie). */
    public void holdSession(String id) {
        HttpCookie cookie = new HttpCookie("SESSION", id);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(uri("/"), cookie);
    }

    public static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(
                    request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
