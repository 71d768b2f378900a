package org.careerpath.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public content from memory. A GET of a {@link PublicPage} is keyed on its path, the parameters the
 * page reads (in a fixed order; any other parameter is dropped, so made-up ones cannot fill the cache) and
 * the content version. The first request renders the page as usual and keeps its headers and its body, as
 * is and gzip-compressed; later ones get the same bytes and headers without rendering or compressing. The
 * cache is bounded by size (careerpath.page-cache.max-size, 64 MB by default) and emptied when the content
 * version changes.
 *
 * <p>Conditional GETs: a strong ETag made of the content version and the address (one per encoding) answers
 * a matching If-None-Match with 304. Public pages say {@code Cache-Control: public, max-age=300,
 * stale-while-revalidate=86400}; every other dynamic response says {@code private, no-store} unless its
 * handler says otherwise (the static files under /assets do).
 *
 * <p>Visitors with a session (editors) always get a fresh page, and nothing that sets a cookie is kept.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class PageCacheFilter extends OncePerRequestFilter {

    static final String PUBLIC = "public, max-age=300, stale-while-revalidate=86400";
    static final String PRIVATE = "private, no-store";
    private static final Set<String> NOT_KEPT = Set.of(
            "set-cookie",
            "content-length",
            "content-encoding",
            "transfer-encoding",
            "date",
            "etag",
            "cache-control",
            "vary",
            "connection",
            "keep-alive");
    private static final Set<String> SESSION_COOKIES = Set.of("SESSION", "JSESSIONID");
    // a request with any of these goes through the filters, which decide what they mean (a conditional GET,
    // a cross-origin request, a request through a proxy that says it came over HTTPS)
    private static final List<String> FOR_THE_FILTERS = List.of(
            HttpHeaders.IF_NONE_MATCH,
            HttpHeaders.ORIGIN,
            "Forwarded",
            "X-Forwarded-Proto",
            "X-Forwarded-Host",
            "X-Forwarded-Port",
            "X-Forwarded-Prefix",
            "X-Forwarded-Ssl");

    private final PublicPages pages;
    private final ContentVersion version;
    private final Cache<String, CachedPage> cache;

    PageCacheFilter(
            PublicPages pages,
            ContentVersion version,
            @Value("${careerpath.page-cache.max-size:64MB}") DataSize maxSize) {
        this.pages = pages;
        this.version = version;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxSize.toBytes())
                .weigher((String key, CachedPage page) -> page.weight())
                .build();
        version.onChange(v -> cache.invalidateAll());
    }

    /** Forgets every kept page; the next request for each renders it afresh. */
    public void clear() {
        cache.invalidateAll();
    }

    /** How many pages are kept. */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** A kept page to send as is, with its ETag, in the encoding the client takes. */
    record Kept(CachedPage page, String etag, boolean gzip) {}

    /**
     * The kept page for a request the filters in front of this one would all pass unchanged, or null (for
     * {@link KeptPageValve}, which runs before them and writes it as {@link #write} would): a plain GET of a page
     * outside {@code /api} and {@code /assets}, over plain HTTP (HTTPS adds HSTS), without a session or any of {@link #FOR_THE_FILTERS}, whose
     * query string is exactly the kept page's key (the parameters the page reads, in their fixed order and
     * encoding) or holds only plain characters ({@link #plainKey}), so nothing the input checks could
     * refuse. Anything else is left to the filters.
     */
    Kept kept(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.isSecure()) {
            return null;
        }
        String path = request.getRequestURI();
        if (path.startsWith("/api") || path.startsWith("/assets/") || path.startsWith("/error")) {
            return null;
        }
        for (String header : FOR_THE_FILTERS) {
            if (request.getHeader(header) != null) {
                return null;
            }
        }
        if (hasSession(request)) {
            return null;
        }
        String query = request.getQueryString();
        long current = version.current();
        CachedPage page = cache.getIfPresent(current + " " + (query == null ? path : path + "?" + query));
        if (page == null && query != null) {
            String key = plainKey(path, query);
            page = key == null ? null : cache.getIfPresent(current + " " + key);
        }
        if (page == null) {
            return null;
        }
        boolean gzip = acceptsGzip(request);
        return new Kept(page, etag(current, page.tag(), gzip), gzip);
    }

    /**
     * The key of a query made only of plain characters (letters, digits, {@code - . _ +}: no escapes, so
     * nothing the input checks could refuse), each parameter once and read by the page, in any order; or
     * null, for the filters to decide. {@code ?location=GB&level=senior} is the page kept under
     * {@code ?level=senior&location=GB}.
     */
    private String plainKey(String path, String query) {
        Optional<PublicPages.Route> route = pages.match(path);
        if (route.isEmpty()) {
            return null;
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                return null;
            }
            String name = pair.substring(0, equals);
            String value = pair.substring(equals + 1);
            if (!plain(name)
                    || !plain(value)
                    || !route.get().params().contains(name)
                    || sorted.put(name, value) != null) {
                return null;
            }
        }
        StringBuilder key = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> parameter : sorted.entrySet()) {
            key.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
            separator = '&';
        }
        return key.toString();
    }

    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '+';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        String path = request.getRequestURI();
        Optional<PublicPages.Route> route = read && !path.startsWith("/assets/") ? pages.match(path) : Optional.empty();
        if (route.isEmpty() || hasSession(request) || !route.get().conforms(request)) {
            if (!path.startsWith("/assets/")) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
            }
            chain.doFilter(request, response);
            return;
        }
        long current = version.current();
        String key = key(path, route.get().params(), request);
        boolean gzip = acceptsGzip(request);
        CachedPage page = cache.getIfPresent(current + " " + key);
        String tag = page != null ? page.tag() : digest(key);
        String etag = etag(current, tag, gzip);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), current, tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            conditionalHeaders(response, etag);
            return;
        }
        if (page != null) {
            write(page, response, etag, gzip, "HEAD".equals(method));
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC);
        Capturing captured = new Capturing(response);
        chain.doFilter(request, captured);
        if (captured.getStatus() == HttpServletResponse.SC_OK
                && !"HEAD".equals(method)
                && !response.isCommitted()
                && response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
                && PUBLIC.equals(response.getHeader(HttpHeaders.CACHE_CONTROL))) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            if (response.getContentType() != null) {
                headers.add(
                        new AbstractMap.SimpleImmutableEntry<>(HttpHeaders.CONTENT_TYPE, response.getContentType()));
            }
            if (captured.locale != null) {
                headers.add(new AbstractMap.SimpleImmutableEntry<>(
                        HttpHeaders.CONTENT_LANGUAGE, captured.locale.toLanguageTag()));
            }
            for (String name : response.getHeaderNames()) {
                if (name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                        || name.equalsIgnoreCase(HttpHeaders.CONTENT_LANGUAGE)) {
                    continue;
                }
                if (!NOT_KEPT.contains(name.toLowerCase())) {
                    for (String value : response.getHeaders(name)) {
                        headers.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
                    }
                }
            }
            CachedPage fresh = CachedPage.of(tag, headers, captured.getContentAsByteArray());
            if (version.current() == current) {
                cache.put(current + " " + key, fresh);
            }
            response.resetBuffer();
            write(fresh, response, etag, gzip, false);
            return;
        }
        if (!response.isCommitted() && captured.getStatus() != HttpServletResponse.SC_OK) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
        }
        captured.copyBodyToResponse();
    }

    /** Writes a kept page: its own headers, then those that depend on the request, then the body. */
    private static void write(CachedPage page, HttpServletResponse response, String etag, boolean gzip, boolean head)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        typeAndLanguage(page, response);
        for (Map.Entry<String, String> header : page.headers()) {
            if (!isTypeOrLanguage(header.getKey()) && !response.containsHeader(header.getKey())) {
                response.addHeader(header.getKey(), header.getValue());
            }
        }
        conditionalHeaders(response, etag);
        byte[] body = gzip ? page.gzip() : page.identity();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        if (!head) {
            response.getOutputStream().write(body);
        }
    }

    /** Content-Type and Content-Language, which the container writes from the response's own fields. */
    static void typeAndLanguage(CachedPage page, HttpServletResponse response) {
        for (Map.Entry<String, String> header : page.headers()) {
            if (header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                response.setContentType(header.getValue());
            } else if (header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_LANGUAGE)) {
                response.setLocale(java.util.Locale.forLanguageTag(header.getValue()));
            }
        }
    }

    static boolean isTypeOrLanguage(String name) {
        return name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) || name.equalsIgnoreCase(HttpHeaders.CONTENT_LANGUAGE);
    }

    private static void conditionalHeaders(HttpServletResponse response, String etag) {
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    }

    /** The path and the parameters the page reads, names in order and each name's values in order. */
    static String key(String path, Set<String> params, HttpServletRequest request) {
        StringBuilder key = new StringBuilder(path);
        char separator = '?';
        for (String name : new TreeSet<>(params)) {
            String[] values = request.getParameterValues(name);
            if (values == null) {
                continue;
            }
            String[] sorted = values.clone();
            Arrays.sort(sorted);
            for (String value : sorted) {
                key.append(separator).append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return key.toString();
    }

    /** The ETag of a page of this version, its address digested to {@code tag}, in one encoding. */
    static String etag(long version, String tag, boolean gzip) {
        return "\"v" + version + "-" + tag + (gzip ? "-gz" : "") + "\"";
    }

    /** Whether the client holds this page of this version, in either encoding (If-None-Match may list several). */
    static boolean matches(String ifNoneMatch, long version, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String identity = etag(version, tag, false);
        String gzip = etag(version, tag, true);
        for (String listed : ifNoneMatch.split(",")) {
            String t = listed.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(identity) || t.equals(gzip)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern ENTITY_TAGS = java.util.regex.Pattern.compile(
            "\\*|(?:W/)?\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\"(?:[ \\t]*,[ \\t]*(?:W/)?\"[\\x21\\x23-\\x7E\\x80-\\xFF]*\")*");

    /** Whether an If-None-Match value is absent, {@code *} or a list of entity tags (RFC 9110, 8.8.3). */
    public static boolean wellFormedEntityTags(String ifNoneMatch) {
        return ifNoneMatch == null || ENTITY_TAGS.matcher(ifNoneMatch.strip()).matches();
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accept == null) {
            return false;
        }
        for (String coding : accept.split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    /** Keeps the body, and remembers the locale the page was rendered in (the container's Content-Language). */
    private static final class Capturing extends ContentCachingResponseWrapper {

        private java.util.Locale locale;

        Capturing(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setLocale(java.util.Locale locale) {
            this.locale = locale;
            super.setLocale(locale);
        }
    }

    private static boolean hasSession(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SESSION_COOKIES.contains(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
