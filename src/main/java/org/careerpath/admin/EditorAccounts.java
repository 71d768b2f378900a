package org.careerpath.admin;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.careerpath.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editor accounts in PostgreSQL: an email address (kept in lower case), a name, a role ({@code EDITOR} edits
 * and submits; {@code ADMIN} also publishes, manages accounts and imports) and a password hash from Spring
 * Security's delegating encoder. Every change is audited.
 */
@Component
class EditorAccounts {

    /** The shortest password accepted, for the first admin and every account after. */
    static final int MIN_PASSWORD = 12;

    static final int MAX_PASSWORD = 200;

    enum Role {
        EDITOR,
        ADMIN
    }

    record Account(
            long id,
            String email,
            String displayName,
            String passwordHash,
            String role,
            boolean enabled,
            OffsetDateTime createdAt) {

        /** The account as the audit log shows it: never the password hash. */
        Map<String, Object> audited() {
            return Map.of("email", email, "displayName", displayName, "role", role, "enabled", enabled);
        }
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    EditorAccounts(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    Optional<Account> find(String email) {
        return jdbc.sql("select * from editor_account where email = ?")
                .param(normalise(email))
                .query(Account.class)
                .optional();
    }

    List<Account> all() {
        return jdbc.sql("select * from editor_account order by email")
                .query(Account.class)
                .list();
    }

    boolean anyAdmin() {
        return jdbc.sql("select exists (select 1 from editor_account where role = 'ADMIN' and enabled)")
                .query(Boolean.class)
                .single();
    }

    /** Creates an account; refuses a short password, a malformed or taken address. Audited. */
    @Transactional
    Account create(String email, String displayName, Role role, String password, String actor, String address) {
        String normalised = normalise(email);
        if (normalised.length() > 254 || !normalised.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new Refused("email", "Enter an email address such as name@example.org.");
        }
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new Refused("displayName", "Enter a name of 1 to 120 characters.");
        }
        checkPassword(password);
        if (find(normalised).isPresent()) {
            throw new Refused("email", "There is already an account for " + normalised + ".");
        }
        long id = jdbc.sql("""
                        insert into editor_account (email, display_name, password_hash, role)
                        values (?, ?, ?, ?) returning id
                        """)
                .params(normalised, name, passwords.encode(password), role.name())
                .query(Long.class)
                .single();
        Account account = find(normalised).orElseThrow();
        audit.record(actor, "account created", "account", Long.toString(id), null, account.audited(), address);
        return account;
    }

    /** Switches an account off (it can no longer sign in) or on again. Audited. */
    @Transactional
    void setEnabled(long id, boolean enabled, String actor, String address) {
        Account before = jdbc.sql("select * from editor_account where id = ? for update")
                .param(id)
                .query(Account.class)
                .optional()
                .orElseThrow(() -> new Refused("id", "There is no such account."));
        if (!enabled && before.email().equals(normalise(actor))) {
            throw new Refused("id", "You cannot switch off your own account.");
        }
        jdbc.sql("update editor_account set enabled = ?, updated_at = now(), version = version + 1 where id = ?")
                .params(enabled, id)
                .update();
        Account after = find(before.email()).orElseThrow();
        audit.record(
                actor,
                enabled ? "account enabled" : "account disabled",
                "account",
                Long.toString(id),
                before.audited(),
                after.audited(),
                address);
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new Refused("password", "A password needs at least " + MIN_PASSWORD + " characters.");
        }
        if (password.length() > MAX_PASSWORD) {
            throw new Refused("password", "A password can have at most " + MAX_PASSWORD + " characters.");
        }
    }
}
