package org.careerpath.admin;

import org.careerpath.web.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first admin, without SQL: with {@code CAREERPATH_ADMIN_EMAIL} and {@code CAREERPATH_ADMIN_PASSWORD} in
 * the environment, a start that finds no admin creates that one and says so in the log (never the password).
 * A password shorter than 12 characters stops the start with a message saying so, rather than leaving the
 * portal without the admin its operator asked for.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    /** Made only when an admin is to be created: a runner is made at every start. */
    private final ObjectProvider<EditorAccounts> accounts;

    private final String email;
    private final String password;

    AdminBootstrap(
            ObjectProvider<EditorAccounts> accounts,
            @Value("${careerpath.admin.email:}") String email,
            @Value("${careerpath.admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        createFirstAdmin(email, password);
    }

    /** Creates the admin when none exists and both are given; answers whether it did. */
    boolean createFirstAdmin(String email, String password) {
        if (email == null || email.isBlank() || accounts.getObject().anyAdmin()) {
            return false;
        }
        try {
            accounts.getObject().create(email, "Administrator", EditorAccounts.Role.ADMIN, password, "bootstrap", null);
        } catch (Refused e) {
            throw new IllegalStateException(
                    "CAREERPATH_ADMIN_EMAIL / CAREERPATH_ADMIN_PASSWORD: " + e.getMessage() + " No admin was created.");
        }
        log.info("Created the first admin account, {}, from CAREERPATH_ADMIN_EMAIL", EditorAccounts.normalise(email));
        return true;
    }
}
