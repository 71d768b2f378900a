package org.careerpath.support;

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
}
