package org.careerpath.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.careerpath.web.RateLimits;
import org.careerpath.web.SecurityConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The editors' side: everything under {@code /admin} needs sign-in ({@code /admin/accounts}, imports and publishing a draft the
 * ADMIN role),
 * with its own filter chain, ahead of the public one. Sign-in is a CSRF-protected form that changes the
 * session id; the session lives in PostgreSQL (Spring Session JDBC) and ends after 30 minutes idle
 * ({@code spring.session.timeout}); sign-out is a POST. Where an anonymous visitor was going is kept in a
 * cookie, not a session, so nobody gets a server session before signing in. Failed sign-ins are counted per
 * account and per client address ({@link SignInAttempts}).
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AdminSecurityConfiguration.class);

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService editorAccountDetails(EditorAccounts accounts) {
        return email -> accounts.find(email)
                .map(account -> User.withUsername(account.email())
                        .password(account.passwordHash())
                        .roles(account.role())
                        .disabled(!account.enabled())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain editorsFilterChain(HttpSecurity http, SignInAttempts attempts) throws Exception {
        CookieRequestCache requestCache = new CookieRequestCache();
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setRequestCache(requestCache);
        success.setDefaultTargetUrl("/admin");
        http.securityMatcher("/admin", "/admin/**", "/sign-in", "/sign-out")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/sign-in")
                        .permitAll()
                        .requestMatchers(
                                "/admin/accounts",
                                "/admin/accounts/**",
                                "/admin/*/drafts/*/publish",
                                "/admin/imports",
                                "/admin/imports/**")
                        .hasRole("ADMIN")
                        // editors may see why something cannot be deleted; only admins delete
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/admin/*/*/delete")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .hasAnyRole("EDITOR", "ADMIN"))
                .csrf(csrf -> csrf.csrfTokenRepository(SecurityConfiguration.csrfTokens()))
                // written by the web module's SecurityHeaders, as on every page
                .headers(headers -> headers.disable())
                .httpBasic(basic -> basic.disable())
                .requestCache(cache -> cache.requestCache(requestCache))
                .formLogin(form -> form.loginPage("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler((request, response, authentication) -> {
                            attempts.succeeded(authentication.getName(), request);
                            success.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler((request, response, exception) -> {
                            attempts.failed(request.getParameter("email"), request);
                            response.sendRedirect("/sign-in?error");
                        }))
                .logout(logout -> logout.logoutUrl("/sign-out")
                        .logoutSuccessUrl("/sign-in?signed-out")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                attempts.signedOut(authentication.getName(), request);
                            }
                        }))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        .sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .addFilterBefore(new LockOut(attempts), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /** Answers a sign-in while its account or its address has to wait: 429 with Retry-After, nothing tried. */
    private static final class LockOut extends OncePerRequestFilter {

        private final SignInAttempts attempts;

        LockOut(SignInAttempts attempts) {
            this.attempts = attempts;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if ("POST".equals(request.getMethod()) && "/sign-in".equals(request.getRequestURI())) {
                long wait = attempts.secondsToWait(request.getParameter("email"), request);
                if (wait > 0) {
                    log.warn(
                            "Sign-in refused for account {} from {}: locked out for {} s",
                            SignInAttempts.loggable(request.getParameter("email")),
                            request.getRemoteAddr(),
                            wait);
                    request.setAttribute(RateLimits.RETRY_AFTER, wait);
                    response.setHeader("Retry-After", Long.toString(wait));
                    response.sendError(429);
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }
}
