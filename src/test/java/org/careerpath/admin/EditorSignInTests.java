package org.careerpath.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.careerpath.support.PortalIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Editors sign in; everyone else never needs to. Tested over real HTTP, with the sessions in PostgreSQL:
 * every /admin address needs sign-in, roles hold, sign-in changes the session id and sign-out (a POST) ends
 * it, repeated failures lock the account and the address out with 429, the first admin comes from the
 * environment, and every sign-in and account change is in the append-only audit log.
 */
@PortalIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EditorSignInTests {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "a long enough passphrase";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EditorAccounts accounts;

    @Autowired
    AdminBootstrap bootstrap;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @AfterEach
    void forgetFailures() {
        jdbc.sql("delete from rate_limit_bucket where id like 'sign-in:%'").update();
    }

    /** A browser of its own: cookies kept, redirects not followed. */
    private final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        /** Posts a form with the CSRF token of the page it is on. */
        HttpResponse<String> submit(String page, String action, Map<String, String> fields) {
            Matcher token = TOKEN.matcher(get(page).body());
            assertThat(token.find()).as("a CSRF token on " + page).isTrue();
            Map<String, String> form = new java.util.LinkedHashMap<>(fields);
            form.put("_csrf", token.group(1));
            return post(action, form);
        }

        HttpResponse<String> signIn(String email, String password) {
            return submit("/sign-in", "/sign-in", Map.of("email", email, "password", password));
        }

        Optional<String> session() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("SESSION"))
                    .map(HttpCookie::getValue)
                    .findFirst();
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String account(EditorAccounts.Role role) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.test";
        accounts.create(email, "Test " + role, role, PASSWORD, "test", "127.0.0.1");
        return email;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void everyAdminAddressNeedsSignIn() {
        List<String> checked = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.equals("/admin") && !pattern.startsWith("/admin/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                var methods = info.getMethodsCondition().getMethods();
                Browser anonymous = new Browser();
                if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                    HttpResponse<String> response = anonymous.get(path);
                    assertThat(response.statusCode()).as("GET " + path).isEqualTo(302);
                    assertThat(location(response)).as("GET " + path).endsWith("/sign-in");
                }
                if (methods.contains(RequestMethod.POST)) {
                    // with a valid CSRF token from a public page, still sent to sign in; nothing done
                    HttpResponse<String> response =
                            anonymous.submit("/sign-in", path, Map.of("email", "x@example.test", "enabled", "false"));
                    assertThat(response.statusCode()).as("POST " + path).isEqualTo(302);
                    assertThat(location(response)).as("POST " + path).endsWith("/sign-in");
                }
                checked.add(path);
            }
        });
        assertThat(checked).contains("/admin", "/admin/accounts", "/admin/audit");
    }

    @Test
    void signInTakesYouWhereYouWereGoingWithANewSessionAndSignOutEndsIt() {
        String editor = account(EditorAccounts.Role.EDITOR);
        long sessionsBefore = jdbc.sql("select count(*) from spring_session")
                .query(Long.class)
                .single();
        Browser browser = new Browser();
        assertThat(location(browser.get("/admin/audit"))).endsWith("/sign-in");
        assertThat(browser.get("/sign-in").statusCode()).isEqualTo(200);
        assertThat(browser.get("/ladder").statusCode()).isEqualTo(200);
        assertThat(browser.session()).as("no server session before signing in").isEmpty();
        assertThat(jdbc.sql("select count(*) from spring_session")
                        .query(Long.class)
                        .single())
                .isEqualTo(sessionsBefore);

        HttpResponse<String> signedIn = browser.signIn(editor, PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(location(signedIn)).as("back where they were going").endsWith("/admin/audit");
        String first = browser.session().orElseThrow();
        assertThat(browser.get("/admin/audit").statusCode()).isEqualTo(200);

        // signing in again, even as someone else, never keeps a session id that was known before
        String admin = account(EditorAccounts.Role.ADMIN);
        assertThat(browser.signIn(admin, PASSWORD).statusCode()).isEqualTo(302);
        String second = browser.session().orElseThrow();
        assertThat(second).isNotEqualTo(first);
        Browser attacker = new Browser();
        attacker.cookies.getCookieStore().add(uri("/"), sessionCookie(first));
        assertThat(location(attacker.get("/admin")))
                .as("the old id opens nothing")
                .endsWith("/sign-in");

        // sign-out is a POST with the form's token; a GET does not sign anyone out
        browser.get("/sign-out");
        assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
        HttpResponse<String> out = browser.submit("/admin", "/sign-out", Map.of());
        assertThat(location(out)).endsWith("/sign-in?signed-out");
        assertThat(location(browser.get("/admin"))).endsWith("/sign-in");
        Browser replay = new Browser();
        replay.cookies.getCookieStore().add(uri("/"), sessionCookie(second));
        assertThat(location(replay.get("/admin")))
                .as("the signed-out session is gone")
                .endsWith("/sign-in");
    }

    private HttpCookie sessionCookie(String value) {
        HttpCookie cookie = new HttpCookie("SESSION", value);
        cookie.setPath("/");
        cookie.setVersion(0);
        return cookie;
    }

    @Test
    void onlyAdminsManageAccounts() {
        Browser editor = new Browser();
        editor.signIn(account(EditorAccounts.Role.EDITOR), PASSWORD);
        assertThat(editor.get("/admin").body()).doesNotContain("href=\"/admin/accounts\"");
        assertThat(editor.get("/admin/accounts").statusCode()).isEqualTo(403);
        HttpResponse<String> refused = editor.submit(
                "/admin",
                "/admin/accounts",
                Map.of("email", "sneaky@example.test", "displayName", "Sneaky", "role", "ADMIN", "password", PASSWORD));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(accounts.find("sneaky@example.test")).isEmpty();

        Browser admin = new Browser();
        admin.signIn(account(EditorAccounts.Role.ADMIN), PASSWORD);
        String newcomer = "newcomer-" + UUID.randomUUID() + "@example.test";
        HttpResponse<String> shortPassword = admin.submit(
                "/admin/accounts",
                "/admin/accounts",
                Map.of("email", newcomer, "displayName", "New Comer", "role", "EDITOR", "password", "too short"));
        assertThat(shortPassword.statusCode()).isEqualTo(200);
        assertThat(shortPassword.body()).contains("at least 12 characters").contains(newcomer);
        assertThat(accounts.find(newcomer)).isEmpty();
        HttpResponse<String> created = admin.submit(
                "/admin/accounts",
                "/admin/accounts",
                Map.of("email", newcomer, "displayName", "New Comer", "role", "EDITOR", "password", PASSWORD));
        assertThat(location(created)).endsWith("/admin/accounts");
        assertThat(admin.get("/admin/accounts").body()).contains(newcomer).contains("Account created");
        assertThat(accounts.find(newcomer).orElseThrow().passwordHash()).startsWith("{bcrypt}");
        assertThat(new Browser().signIn(newcomer, PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void fiveFailuresMakeTheAccountAndTheAddressWait(CapturedOutput output) {
        String editor = account(EditorAccounts.Role.EDITOR);
        Browser browser = new Browser();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = browser.signIn(editor, "wrong password " + i);
            assertThat(location(failed)).endsWith("/sign-in?error");
        }
        HttpResponse<String> locked = browser.signIn(editor, PASSWORD);
        assertThat(locked.statusCode()).as("even the right password waits").isEqualTo(429);
        assertThat(locked.headers()
                        .firstValue("Retry-After")
                        .map(Long::parseLong)
                        .orElseThrow())
                .isPositive();
        assertThat(locked.body()).contains("try again in");
        assertThat(browser.session()).isEmpty();
        // another account from the same address waits too
        String other = account(EditorAccounts.Role.EDITOR);
        assertThat(new Browser().signIn(other, PASSWORD).statusCode()).isEqualTo(429);

        assertThat(output.getAll()).contains("Sign-in failed for account " + editor + " from 127.0.0.1");
        assertThat(output.getAll()).doesNotContain("wrong password");
        assertThat(jdbc.sql("select count(*) from audit_record where actor = ? and action = 'sign-in failed'")
                        .param(editor)
                        .query(Long.class)
                        .single())
                .isEqualTo(5);

        forgetFailures();
        assertThat(new Browser().signIn(editor, PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void theAuditLogRecordsSignInsAndAccountChangesAndCannotBeRewritten() {
        String admin = account(EditorAccounts.Role.ADMIN);
        Browser browser = new Browser();
        browser.signIn(admin, PASSWORD);
        String target = account(EditorAccounts.Role.EDITOR);
        long id = accounts.find(target).orElseThrow().id();
        HttpResponse<String> off =
                browser.submit("/admin/accounts", "/admin/accounts/" + id + "/enabled", Map.of("enabled", "false"));
        assertThat(location(off)).endsWith("/admin/accounts");
        assertThat(accounts.find(target).orElseThrow().enabled()).isFalse();
        assertThat(new Browser()
                        .signIn(target, PASSWORD)
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .as("a switched-off account cannot sign in")
                .endsWith("/sign-in?error");

        String log = browser.get("/admin/audit").body();
        assertThat(log).contains("signed in").contains("account disabled").contains(target);
        var record = jdbc.sql("""
                        select actor, before ->> 'enabled' as before, after ->> 'enabled' as after, address
                          from audit_record where action = 'account disabled' and content_id = ?
                        """)
                .param(Long.toString(id))
                .query((row, n) -> List.of(
                        row.getString("actor"),
                        row.getString("before"),
                        row.getString("after"),
                        row.getString("address")))
                .single();
        assertThat(record).containsExactly(admin, "true", "false", "127.0.0.1");
        assertThat(jdbc.sql("select count(*) from audit_record where after::text like '%password%'")
                        .query(Long.class)
                        .single())
                .as("no password hash in the audit log")
                .isZero();

        assertThatThrownBy(() -> jdbc.sql("update audit_record set actor = 'someone else'")
                        .update())
                .rootCause()
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_record").update())
                .rootCause()
                .hasMessageContaining("cannot be changed");
    }

    @Test
    void theFirstAdminComesFromTheEnvironmentWithoutItsPasswordInTheLog(CapturedOutput output) {
        List<Long> admins = jdbc.sql("select id from editor_account where role = 'ADMIN' and enabled")
                .query(Long.class)
                .list();
        jdbc.sql("update editor_account set enabled = false where role = 'ADMIN'")
                .update();
        try {
            String email = "First-Admin-" + UUID.randomUUID() + "@Example.test";
            assertThatThrownBy(() -> bootstrap.createFirstAdmin(email, "short"))
                    .hasMessageContaining("CAREERPATH_ADMIN_PASSWORD")
                    .hasMessageContaining("at least 12 characters");
            assertThat(accounts.find(email)).isEmpty();

            assertThat(bootstrap.createFirstAdmin(email, "the first admin's passphrase"))
                    .isTrue();
            EditorAccounts.Account created = accounts.find(email).orElseThrow();
            assertThat(created.role()).isEqualTo("ADMIN");
            assertThat(created.email()).isEqualTo(email.toLowerCase());
            assertThat(output.getAll())
                    .contains("Created the first admin account, " + email.toLowerCase())
                    .doesNotContain("the first admin's passphrase");
            // once there is an admin, a later start leaves the accounts alone
            assertThat(bootstrap.createFirstAdmin("second-" + email, "the first admin's passphrase"))
                    .isFalse();
            assertThat(new Browser()
                            .signIn(email, "the first admin's passphrase")
                            .statusCode())
                    .isEqualTo(302);
        } finally {
            for (long id : admins) {
                jdbc.sql("update editor_account set enabled = true where id = ?")
                        .param(id)
                        .update();
            }
        }
    }
}
