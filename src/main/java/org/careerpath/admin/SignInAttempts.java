package org.careerpath.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.careerpath.web.RateLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted in PostgreSQL (so every instance sees them) per account and per client address
 * under the rate limit {@code sign-in} (5 in 15 minutes): past it, that account and that address wait
 * before the next try. Each attempt is logged and audited with the account and the address, never the
 * password.
 */
@Component
class SignInAttempts {

    static final String LIMIT = "sign-in";

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final RateLimits limits;
    private final AuditLog audit;

    SignInAttempts(RateLimits limits, AuditLog audit) {
        this.limits = limits;
        this.audit = audit;
    }

    /** The seconds to wait before this account may be tried from this address; 0 when it may be now. */
    long secondsToWait(String email, HttpServletRequest request) {
        return Math.max(
                limits.secondsToWait(LIMIT, "account:" + loggable(email)),
                limits.secondsToWait(LIMIT, "address:" + request.getRemoteAddr()));
    }

    void failed(String email, HttpServletRequest request) {
        String account = loggable(email);
        limits.fail(LIMIT, "account:" + account);
        limits.fail(LIMIT, "address:" + request.getRemoteAddr());
        log.warn("Sign-in failed for account {} from {}", account, request.getRemoteAddr());
        audit.record(account, "sign-in failed", "account", null, null, null, request.getRemoteAddr());
    }

    void succeeded(String email, HttpServletRequest request) {
        log.info("Signed in: {} from {}", loggable(email), request.getRemoteAddr());
        audit.record(loggable(email), "signed in", "account", null, null, null, request.getRemoteAddr());
    }

    void signedOut(String email, HttpServletRequest request) {
        audit.record(loggable(email), "signed out", "account", null, null, null, request.getRemoteAddr());
    }

    /** The address as typed, cut to a sane length and without control characters, for logs and keys. */
    static String loggable(String email) {
        String normalised = EditorAccounts.normalise(email).replaceAll("\\p{Cntrl}", "?");
        return normalised.length() > 254 ? normalised.substring(0, 254) : normalised;
    }
}
