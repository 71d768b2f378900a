package org.careerpath.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Names the personal pages that may be rendered once and shown again: pages that are the same for everyone
 * allowed to see them, apart from the CSRF token in their forms (the assessment form, one assessment's
 * results). A module that owns such pages provides a bean; see {@link PersonalPageCache}.
 */
public interface PersonalPageKeys {

    /**
     * The key of what this GET would render, or empty when it must be rendered afresh. The key has to change
     * whenever the page would, query parameters the page reads included (others are left out, so that made-up
     * ones cannot fill the cache): an assessment's key carries its change counter, read from the database, so
     * that a change made through any instance shows at once.
     */
    Optional<String> key(HttpServletRequest request);
}
