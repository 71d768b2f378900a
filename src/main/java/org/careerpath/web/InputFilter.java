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
 * percent-encoded UTF-8, or a parameter (in the address or in a posted form) holding a NUL byte, is a 400
 * with the error page naming the parameter; a form body larger than the container's limit is a 413 however
 * it was sent (a chunked body has no Content-Length for {@link FormSizeLimitFilter} to check); and
 * {@code /error} asked for directly is a 404 (it is only the container's way to the error pages). Each
 * refusal is logged at DEBUG in one line. Runs before the page cache reads any parameter;
 * {@link SecurityHeaders} has already written the headers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
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
        if (problem == null && isForm(request)) {
            request.getParameterMap(); // reads the body, within the container's limit
            if (request.getAttribute(PARSE_FAILED) != null) {
                boolean tooLarge = String.valueOf(request.getAttribute(PARSE_FAILED_REASON))
                        .startsWith("POST_TOO_LARGE");
                log.debug("Refused {} {}: unreadable form", request.getMethod(), request.getRequestURI());
                response.sendError(tooLarge ? HttpStatus.CONTENT_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
                return;
            }
        }
        if (problem == null) {
            problem = nulIn(request);
        }
        if (problem != null) {
            log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), problem);
            request.setAttribute(REFUSAL, problem);
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Request attribute with what was wrong, for the error page. */
    static final String REFUSAL = InputFilter.class.getName() + ".refusal";

    private static final String PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";
    private static final String PARSE_FAILED_REASON = "org.apache.catalina.parameter_parse_failed_reason";

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** The first parameter whose name or value holds a NUL byte, said for the error page; or null. */
    static String nulIn(HttpServletRequest request) {
        for (var parameter : request.getParameterMap().entrySet()) {
            boolean nul = parameter.getKey().indexOf('\0') >= 0;
            for (String value : parameter.getValue()) {
                nul |= value.indexOf('\0') >= 0;
            }
            if (nul) {
                String name = parameter.getKey().replace('\0', '?');
                return "The field “" + (name.length() > 40 ? name.substring(0, 40) + "…" : name)
                        + "” contains a NUL byte (a zero character), which no page accepts.";
            }
        }
        return null;
    }

    /** What is wrong with the request's parameters, or null. */
    static String problem(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null && !wellFormedQuery(query)) {
            return "The address contains characters that are not valid UTF-8.";
        }
        return null;
    }

    /** Whether the raw query is percent-encoded UTF-8. */
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
