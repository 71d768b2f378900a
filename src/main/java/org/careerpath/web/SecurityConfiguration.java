package org.careerpath.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * The portal has no accounts: every page is public. Security here means CSRF on every form, a strict
 * Content-Security-Policy (no inline scripts or styles anywhere), and safe headers. CSRF tokens live in a
 * cookie (HttpOnly, SameSite=Lax), not in a server session, so an anonymous visitor never creates server
 * state; Cache-Control is set by the {@link PageCacheFilter} (public for content, private otherwise).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
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

    /** No users: stops Spring Boot from generating a default account and printing its password. */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }
}
