package org.careerpath.support;

import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A CSRF token the way a browser holds one: a token in the {@code XSRF-TOKEN} cookie and the same token,
 * masked by Spring Security's own handler, in the form. Unlike spring-security-test's {@code csrf()}, which
 * swaps the portal's cookie repository for a session one in the shared test context (so that later tests
 * would create server sessions the portal never creates), this leaves the portal's configuration alone.
 */
public final class Csrf {

    private Csrf() {}

    public static RequestPostProcessor csrf() {
        return request -> {
            String raw = UUID.randomUUID().toString();
            MockHttpServletRequest scratch = new MockHttpServletRequest();
            new XorCsrfTokenRequestAttributeHandler()
                    .handle(
                            scratch,
                            new MockHttpServletResponse(),
                            () -> new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", raw));
            String masked = ((CsrfToken) scratch.getAttribute(CsrfToken.class.getName())).getToken();
            Cookie[] cookies = request.getCookies() == null ? new Cookie[0] : request.getCookies();
            request.setCookies(Stream.concat(
                            Arrays.stream(cookies).filter(c -> !c.getName().equals("XSRF-TOKEN")),
                            Stream.of(new Cookie("XSRF-TOKEN", raw)))
                    .toArray(Cookie[]::new));
            request.setParameter("_csrf", masked);
            return request;
        };
    }
}
