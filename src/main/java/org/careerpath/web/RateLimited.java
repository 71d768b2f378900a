package org.careerpath.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose every call spends one token of the named limit for the client's address (see
 * {@link RateLimits}); past the limit the client gets 429 with Retry-After instead.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RateLimited {

    /** The limit, as named under {@code careerpath.rate-limits.limits}. */
    String value();
}
