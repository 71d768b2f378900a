package org.careerpath.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The addresses of public content, read from the {@link PublicPage} handlers once the application has
 * started, with the query parameters each reads. Patterns with a variable part are refused under the
 * personal areas (/assessment, /admin), so nothing personal can ever match one.
 */
@Component
class PublicPages {

    /** A public address pattern and the parameters its page reads. */
    record Route(PathPattern pattern, Set<String> params, boolean strict) {

        /** Whether the request asks only for parameters the page reads (always, for a page that ignores others). */
        boolean conforms(jakarta.servlet.http.HttpServletRequest request) {
            if (!strict) {
                return true;
            }
            if (!PageCacheFilter.wellFormedEntityTags(request.getHeader("If-None-Match"))) {
                return false;
            }
            for (String name : request.getParameterMap().keySet()) {
                if (!params.contains(name)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<String> PERSONAL = List.of("/assessment", "/admin");

    private final RequestMappingHandlerMapping mapping;
    private volatile List<Route> routes;

    /** Recent answers, so that a busy page is not matched against every pattern on every request. */
    private final Cache<String, Optional<Route>> recent =
            Caffeine.newBuilder().maximumSize(2_000).build();

    PublicPages(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
        this.mapping = mapping;
    }

    /** The route a path belongs to, if it is public content. */
    Optional<Route> match(String path) {
        return recent.get(path, this::scan);
    }

    private Optional<Route> scan(String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (Route route : routes()) {
            if (route.pattern().matches(container)) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = read();
            routes = known;
        }
        return known;
    }

    private List<Route> read() {
        List<Route> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mapping.getHandlerMethods().entrySet()) {
            PublicPage page = e.getValue().getMethodAnnotation(PublicPage.class);
            if (page == null || e.getKey().getPathPatternsCondition() == null) {
                continue;
            }
            for (PathPattern pattern : e.getKey().getPathPatternsCondition().getPatterns()) {
                boolean variable = pattern.getPatternString().contains("{")
                        || pattern.getPatternString().contains("*");
                if (variable
                        && PERSONAL.stream()
                                .anyMatch(p -> pattern.getPatternString().startsWith(p))) {
                    throw new IllegalStateException(
                            "A public page may not match personal addresses: " + pattern.getPatternString());
                }
                found.add(new Route(pattern, Set.of(page.params()), page.strict()));
            }
        }
        // the most specific pattern first, as Spring MVC chooses them
        found.sort((a, b) -> PathPattern.SPECIFICITY_COMPARATOR.compare(a.pattern(), b.pattern()));
        return List.copyOf(found);
    }
}
