package org.careerpath.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Names the personal pages that may be rendered once and shown again: pages that are the same for everyone
 * allowed to see them, apart from the CSRF token in their forms (the assessment form, one assessment's
 * results). A module that owns such pages provides a bean; see {@link PersonalPageCache}.
 */
public interface PersonalPageKeys {

    /**
     * What this GET would render, or empty when it must be rendered afresh. The address has to differ
     * whenever the page would, apart from the record it shows: query parameters the page reads are in it
     * (others are left out, so that made-up ones cannot fill the cache).
     */
    Optional<Page> page(HttpServletRequest request);

    /**
     * The page a successful POST (or other change) to this address changes, so that whoever made the change
     * sees it on their next request, before the change notice has even arrived.
     */
    default Optional<String> changedBy(HttpServletRequest request) {
        return Optional.empty();
    }

    /**
     * A personal page: its address, known without the database, and how to read the stamp of the record it
     * shows (empty when there is no such record: the request then goes to its handler as usual).
     */
    record Page(String address, Supplier<Optional<Stamp>> stamp) {

        /** A page that shows no record of its own. */
        public static Page fixed(String address) {
            return new Page(address, () -> Optional.of(Stamp.NONE));
        }
    }

    /**
     * Which record a page shows and at which change: a trigger counts {@code changes} up on every change and
     * sends a notice on the channel {@code assessment_changed} with {@code subject} (V18, V21).
     */
    record Stamp(long subject, long changes) {

        static final Stamp NONE = new Stamp(0, 0);
    }
}
