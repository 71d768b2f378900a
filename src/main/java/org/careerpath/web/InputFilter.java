package org.careerpath.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses what no page can read, at the edge and before any query: a query string that is not
 * percent-encoded UTF-8 is a 400 with the error page, and {@code /error} asked for directly is a 404 (it is
 * only the container's way to the error pages). Each refusal is logged at DEBUG in one line. Runs before
 * the page cache reads any parameter; {@link SecurityHeaders} has already written the headers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class InputFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(InputFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("/error".equals(request.getRequestURI()) || request.getRequestURI().startsWith("/error/")) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        String problem = problem(request);
        if (problem != null) {
            log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), problem);
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        chain.doFilter(request, response);
    }

    /** What is wrong with the request's parameters, or null. */
    static String problem(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null && !wellFormedQuery(query)) {
            return "query string is not percent-encoded UTF-8";
        }
        return null;
    }

    /**
     * Whether the raw query is percent-encoded UTF-8. A NUL decodes fine: each page answers it with its form
     * and a message next to the field, like any other value it cannot use.
     */
    static boolean wellFormedQuery(String query) {
        ByteBuffer bytes = ByteBuffer.allocate(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length()) {
                    return false;
                }
                int high = Character.digit(query.charAt(i + 1), 16);
                int low = Character.digit(query.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else if (c > 0x7f) {
                return false;
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
