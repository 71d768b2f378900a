package org.careerpath.support;

import java.util.Map;
import java.util.UUID;
import org.careerpath.web.ContentVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Editor accounts and a certification of a test's own, made straight in the database and removed after. */
public final class Editors {

    public static final String PASSWORD = "a long enough passphrase";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ContentVersion version;

    public Editors(JdbcClient jdbc, PasswordEncoder passwords, ContentVersion version) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.version = version;
    }

    /** A new account with this role (EDITOR or ADMIN) and {@link #PASSWORD}; answers its email address. */
    public String account(String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@example.test";
        jdbc.sql("insert into editor_account (email, display_name, password_hash, role) values (?, ?, ?, ?)")
                .params(email, "Test " + role, passwords.encode(PASSWORD), role)
                .update();
        return email;
    }

    /** A certification of the test's own (so other tests' pages stay as they are), published at once. */
    public TestCertification certification(String name) {
        String slug = "test-cert-" + UUID.randomUUID().toString().substring(0, 8);
        long id = jdbc.sql("""
                        insert into certification (slug, name, provider, cost_usd_min, exam_format, status, url, summary)
                        values (?, ?, 'Test Provider', 100, 'Online exam', 'active', 'https://example.org/cert',
                                'A certification for the editing tests.')
                        returning id
                        """).params(slug, name).query(Long.class).single();
        version.bump();
        return new TestCertification(id, slug);
    }

    /** Removes a test's certification and its redirects, and publishes that. */
    public void remove(TestCertification certification) {
        jdbc.sql("delete from slug_redirect where content_id = ?")
                .param(certification.id())
                .update();
        jdbc.sql("delete from certification where id = ?")
                .param(certification.id())
                .update();
        version.bump();
    }

    public record TestCertification(long id, String slug) {}

    /** A browser signed in as a new account with this role. */
    public WebClient signedIn(int port, String role) {
        WebClient client = new WebClient(port);
        client.signIn(account(role), PASSWORD);
        return client;
    }

    /**
     * An editor opens a form ({@code page}), changes some fields and saves it as a draft; answers the draft's
     * address. The form posts to {@code page} itself, or to {@code /admin/<kind>/0/edit} for a new record.
     */
    public String draft(int port, String page, Map<String, String> changes) {
        WebClient editor = signedIn(port, "EDITOR");
        Map<String, String> fields = editor.formFields(page, "form[action$=/edit]");
        fields.putAll(changes);
        String action = page.endsWith("/new") ? page.substring(0, page.length() - "new".length()) + "0/edit" : page;
        String draft = WebClient.location(editor.submit(page, action, fields));
        org.assertj.core.api.Assertions.assertThat(draft).matches(".*/admin/[a-z-]+/drafts/\\d+");
        return draft;
    }

    /** Tells every cache that content changed, as a publish does (after a test put content back). */
    public void bumpContentVersion() {
        version.bump();
    }

    /** An admin publishes a draft. */
    public void publish(int port, String draft) {
        signedIn(port, "ADMIN").submit(draft, draft + "/publish", Map.of());
    }
}
