package org.careerpath.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.careerpath.web.PageCacheFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's edge: before anything else reads the request, a method other than GET, HEAD or OPTIONS, a query
 * that is not UTF-8, a NUL byte in a parameter, an Accept without JSON and a malformed If-None-Match are answered with problem
 * details (the site's own edge would answer with an HTML page).
 */
class ApiInputFilter extends OncePerRequestFilter {

    private final ApiProblems problems;

    ApiInputFilter(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !Api.isApi(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
            response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
            problems.write(
                    request,
                    response,
                    new ApiProblem(
                            ApiProblem.Kind.METHOD_NOT_ALLOWED,
                            "The API only reads: use GET (or HEAD). " + Api.shorten(method) + " is not answered.",
                            null));
            return;
        }
        ApiProblem problem = problem(request);
        if (problem != null) {
            problems.write(request, response, problem);
            return;
        }
        chain.doFilter(request, response);
    }

    /** What is wrong with the request before any handler sees it, or null. */
    static ApiProblem problem(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String rawName = equals < 0 ? pair : pair.substring(0, equals);
                String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
                String name = decode(rawName);
                String value = decode(rawValue);
                if (name == null) {
                    return ApiProblem.badParameter(null, "A parameter name is not valid percent-encoded UTF-8.");
                }
                if (name.indexOf('\0') >= 0) {
                    return ApiProblem.badParameter(
                            Api.shorten(name), "A parameter name contains a NUL byte (a zero character).");
                }
                if (value == null) {
                    return ApiProblem.badParameter(Api.shorten(name), name + " is not valid percent-encoded UTF-8.");
                }
                if (value.indexOf('\0') >= 0) {
                    return ApiProblem.badParameter(
                            Api.shorten(name), name + " contains a NUL byte (a zero character).");
                }
            }
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && !accept.isBlank()) {
            List<MediaType> accepted;
            try {
                accepted = MediaType.parseMediaTypes(accept);
            } catch (InvalidMediaTypeException e) {
                return new ApiProblem(
                        ApiProblem.Kind.BAD_HEADER, "Accept is not a list of media types.", HttpHeaders.ACCEPT);
            }
            if (accepted.stream()
                    .noneMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
                            || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))) {
                return new ApiProblem(
                        ApiProblem.Kind.NOT_ACCEPTABLE,
                        "The API answers in JSON only; Accept named " + Api.shorten(accept) + ".",
                        HttpHeaders.ACCEPT);
            }
        }
        if (!PageCacheFilter.wellFormedEntityTags(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            return new ApiProblem(
                    ApiProblem.Kind.BAD_HEADER,
                    "If-None-Match must be * or a list of entity tags, such as \"v12-3f2a\".",
                    HttpHeaders.IF_NONE_MATCH);
        }
        return null;
    }

    /** A percent-encoded query part as text, or null where it is not UTF-8 (URLDecoder would replace it). */
    private static String decode(String raw) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else if (c > 0x7f) {
                return null;
            } else {
                bytes.put((byte) (c == '+' ? ' ' : c));
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
