package org.careerpath.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Every public page is open to all; only editors sign in, under {@code /admin} (their own filter chain, in the
 * admin module, comes first). Security here means CSRF on every form, a strict Content-Security-Policy (no
 * inline scripts or styles anywhere), and safe headers. CSRF tokens live in a
 * cookie (HttpOnly, SameSite=Lax), not in a server session, so an anonymous visitor never creates server
 * state; Cache-Control is set by the {@link PageCacheFilter} (public for content, private otherwise).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
                // written by SecurityHeaders, first and on error pages too
                .headers(headers -> headers.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.none())
                        .sessionCreationPolicy(SessionCreationPolicy.NEVER));
        return http.build();
    }

    /**
     * Where CSRF tokens live, for this chain and the editors' (admin module): in a cookie (HttpOnly,
     * SameSite=Lax), so a public page never creates server state.
     */
    public static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
        return csrfTokens;
    }

    /**
     * Spring Security's firewall refuses methods it does not know and addresses that try to escape their
     * path; a method we do not serve is a 405 (with the portal's headers and error page), anything else a
     * 400. One line at DEBUG each: these are the client's mistakes, not ours.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        Set<String> known = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE");
        return (request, response, rejected) -> {
            boolean unknownMethod = !known.contains(request.getMethod());
            log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), rejected.getMessage());
            response.sendError(
                    unknownMethod ? HttpServletResponse.SC_METHOD_NOT_ALLOWED : HttpServletResponse.SC_BAD_REQUEST);
        };
    }
}
