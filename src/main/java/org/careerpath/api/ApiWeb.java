package org.careerpath.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.careerpath.web.ContentVersion;
import org.careerpath.web.PublicPage;
import org.careerpath.web.RateLimits;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How the API meets the web: its edge filter, CORS (GET and HEAD from any origin, nothing else, by Spring's
 * own CORS processor), and an interceptor that refuses parameters an operation does not read, spends a token
 * of the {@code api} rate limit (only when a response is made; answers served from memory cost nothing) and
 * names the content version on every response.
 */
@Configuration(proxyBeanMethods = false)
class ApiWeb implements WebMvcConfigurer {

    private final RateLimits limits;
    private final ContentVersion version;

    ApiWeb(RateLimits limits, ContentVersion version) {
        this.limits = limits;
        this.version = version;
    }

    /** After the security headers and HSTS, before the site's own edge (which answers with HTML pages). */
    @Bean
    FilterRegistrationBean<ApiInputFilter> apiInputFilter(ApiProblems problems) {
        FilterRegistrationBean<ApiInputFilter> registration =
                new FilterRegistrationBean<>(new ApiInputFilter(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** Before the page cache, so that answers served from memory carry the CORS headers too. */
    @Bean
    FilterRegistrationBean<CorsFilter> apiCorsFilter() {
        CorsConfiguration cors = new CorsConfiguration();
        cors.addAllowedOrigin("*");
        cors.setAllowedMethods(List.of("GET", "HEAD"));
        cors.setAllowedHeaders(List.of(HttpHeaders.IF_NONE_MATCH, HttpHeaders.ACCEPT));
        cors.setExposedHeaders(List.of(HttpHeaders.ETAG, Api.CONTENT_VERSION, HttpHeaders.RETRY_AFTER));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration(Api.BASE + "/**", cors);
        source.registerCorsConfiguration("/v3/api-docs", cors);
        source.registerCorsConfiguration("/v3/api-docs.yaml", cors);
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        if (!(handler instanceof HandlerMethod method)) {
                            return true;
                        }
                        PublicPage page = method.getMethodAnnotation(PublicPage.class);
                        Set<String> known = page == null ? Set.of() : Set.of(page.params());
                        for (String name : page == null
                                ? Set.<String>of()
                                : request.getParameterMap().keySet()) {
                            if (!known.contains(name)) {
                                throw new ApiProblem(
                                        ApiProblem.Kind.UNKNOWN_PARAMETER,
                                        known.isEmpty()
                                                ? "This operation takes no parameters; “" + Api.shorten(name)
                                                        + "” was given."
                                                : "“" + Api.shorten(name) + "” is not a parameter of this operation;"
                                                        + " it reads "
                                                        + String.join(
                                                                ", ",
                                                                known.stream()
                                                                        .sorted()
                                                                        .toList()) + ".",
                                        Api.shorten(name));
                            }
                        }
                        limits.spend("api", request);
                        response.setHeader(Api.CONTENT_VERSION, Long.toString(version.current()));
                        return true;
                    }
                })
                .addPathPatterns(Api.BASE + "/**");
    }
}
