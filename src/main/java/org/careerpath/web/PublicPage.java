package org.careerpath.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET handler whose response is public content: the same for every visitor for a given content
 * version, address and set of known parameters. Such pages are rendered once per content version and served
 * from memory ({@link PageCacheFilter}), with an ETag and a public Cache-Control. Never for anything
 * personal (an assessment, a draft, an editor's page).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublicPage {

    /** The query parameters the page reads; any other parameter is ignored, and is not part of the cache key. */
    String[] params() default {};

    /**
     * Whether a parameter the page does not read is the client's mistake (the JSON API answers 400 naming it)
     * rather than ignored (HTML pages). A request with an unknown parameter is never answered from memory.
     */
    boolean strict() default false;
}
