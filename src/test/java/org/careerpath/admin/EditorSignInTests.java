package org.careerpath.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careerpath.support.PortalIntegrationTest;
import org.careerpath.support.WebClient;
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

    private WebClient browser() {
        return new WebClient(port);
    }

    private String account(EditorAccounts.Role role) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.test";
        accounts.create(email, "Test " + role, role, PASSWORD, "test", "127.0.0.1");
        return email;
    }

    private static String location(HttpResponse<String> response) {
        return WebClient.location(response);
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
                WebClient anonymous = browser();
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
        WebClient browser = browser();
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
        WebClient attacker = browser();
        attacker.holdSession(first);
        assertThat(location(attacker.get("/admin")))
                .as("the old id opens nothing")
                .endsWith("/sign-in");

        // sign-out is a POST with the form's token; a GET does not sign anyone out
        browser.get("/sign-out");
        assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
        HttpResponse<String> out = browser.submit("/admin", "/sign-out", Map.of());
        assertThat(location(out)).endsWith("/sign-in?signed-out");
        assertThat(location(browser.get("/admin"))).endsWith("/sign-in");
        WebClient replay = browser();
        replay.holdSession(second);
        assertThat(location(replay.get("/admin")))
                .as("the signed-out session is gone")
                .endsWith("/sign-in");
    }

    @Test
    void onlyAdminsManageAccounts() {
        WebClient editor = browser();
        editor.signIn(account(EditorAccounts.Role.EDITOR), PASSWORD);
        assertThat(editor.get("/admin").body()).doesNotContain("href=\"/admin/accounts\"");
        assertThat(editor.get("/admin/accounts").statusCode()).isEqualTo(403);
        HttpResponse<String> refused = editor.submit(
                "/admin",
                "/admin/accounts",
                Map.of("email", "sneaky@example.test", "displayName", "Sneaky", "role", "ADMIN", "password", PASSWORD));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(accounts.find("sneaky@example.test")).isEmpty();

        WebClient admin = browser();
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
        assertThat(browser().signIn(newcomer, PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void fiveFailuresMakeTheAccountAndTheAddressWait(CapturedOutput output) {
        String editor = account(EditorAccounts.Role.EDITOR);
        WebClient browser = browser();
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
        assertThat(browser().signIn(other, PASSWORD).statusCode()).isEqualTo(429);

        assertThat(output.getAll()).contains("Sign-in failed for account " + editor + " from 127.0.0.1");
        assertThat(output.getAll()).doesNotContain("wrong password");
        assertThat(jdbc.sql("select count(*) from audit_record where actor = ? and action = 'sign-in failed'")
                        .param(editor)
                        .query(Long.class)
                        .single())
                .isEqualTo(5);

        forgetFailures();
        assertThat(browser().signIn(editor, PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void theAuditLogRecordsSignInsAndAccountChangesAndCannotBeRewritten() {
        String admin = account(EditorAccounts.Role.ADMIN);
        WebClient browser = browser();
        browser.signIn(admin, PASSWORD);
        String target = account(EditorAccounts.Role.EDITOR);
        long id = accounts.find(target).orElseThrow().id();
        HttpResponse<String> off =
                browser.submit("/admin/accounts", "/admin/accounts/" + id + "/enabled", Map.of("enabled", "false"));
        assertThat(location(off)).endsWith("/admin/accounts");
        assertThat(accounts.find(target).orElseThrow().enabled()).isFalse();
        assertThat(browser()
                        .signIn(target, PASSWORD)
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .as("a switched-off account cannot sign in")
                .endsWith("/sign-in?error");

        String log = browser.get("/admin/audit").body();
        assertThat(log).contains("signed in").contains("account disabled").contains(target);
        // filtered by person and content type, with a readable diff of the change
        org.jsoup.nodes.Document filtered = org.jsoup.Jsoup.parse(browser.get("/admin/audit?actor="
                        + java.net.URLEncoder.encode(admin, java.nio.charset.StandardCharsets.UTF_8)
                        + "&type=account&from=2020-01-01")
                .body());
        assertThat(filtered.select("#audit tbody tr"))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.select("td").get(1).text()).isEqualTo(admin));
        assertThat(filtered.select("#audit ul.diff li").eachText()).contains("enabled: true → false");
        org.jsoup.nodes.Document badDate =
                org.jsoup.Jsoup.parse(browser.get("/admin/audit?from=yesterday").body());
        assertThat(badDate.select("#from-error").text()).contains("A date such as");
        assertThat(org.jsoup.Jsoup.parse(browser.get("/admin/audit?actor=nobody@example.test")
                                .body())
                        .select("#no-records")
                        .text())
                .isEqualTo("No records match.");
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
            assertThat(browser().signIn(email, "the first admin's passphrase").statusCode())
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
