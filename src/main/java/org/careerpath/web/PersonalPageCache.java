package org.careerpath.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Renders a personal page once and shows it again, in this JVM, to whoever may see it. Such a page (see
 * {@link PersonalPageKeys}) differs between two requests only in the CSRF token of its forms, so it is
 * rendered with a placeholder token, kept in pieces around the placeholder, and each request gets the pieces
 * joined by its own token. The response is {@code private, no-store} as before: nothing is kept by the
 * browser or by a shared cache, and a page is only shown to a request that names the same key, which for an
 * assessment means knowing its secret link.
 *
 * <p>The key includes the content version, and an assessment's key its change counter, both read from
 * PostgreSQL, so a change made through another instance is never hidden by a page kept here. Pages are kept
 * at most {@code careerpath.personal-page-cache.ttl} (10 minutes) and within
 * {@code careerpath.personal-page-cache.max-size} (16 MB). A page that showed a one-off message (a flash
 * attribute) or failed is never kept. Runs inside Spring Security's filters, which supply the token and the
 * headers.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
public class PersonalPageCache extends OncePerRequestFilter {

    private final List<PersonalPageKeys> keys;
    private final ContentVersion version;
    private final Cache<String, Pieces> cache;

    PersonalPageCache(
            ObjectProvider<PersonalPageKeys> keys,
            ContentVersion version,
            @Value("${careerpath.personal-page-cache.max-size:16MB}") DataSize maxSize,
            @Value("${careerpath.personal-page-cache.ttl:10m}") Duration ttl) {
        this.keys = keys.orderedStream().toList();
        this.version = version;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxSize.toBytes())
                .weigher((String key, Pieces pieces) -> pieces.weight())
                .expireAfterWrite(ttl)
                .build();
        version.onChange(v -> cache.invalidateAll());
    }

    /** How many pages are kept. */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** Forgets every kept page. */
    public void clear() {
        cache.invalidateAll();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean head = "HEAD".equals(request.getMethod());
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (!(head || "GET".equals(request.getMethod())) || token == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> key = key(request);
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long current = version.current();
        String fullKey = current + " " + key.get();
        Pieces pieces = cache.getIfPresent(fullKey);
        if (pieces == null) {
            String placeholder = "csrf-" + UUID.randomUUID();
            ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
            chain.doFilter(new Placeholder(request, token, placeholder), captured);
            pieces = Pieces.of(captured.getContentAsByteArray(), placeholder, response);
            if (captured.getStatus() != HttpServletResponse.SC_OK
                    || response.isCommitted()
                    || request.getAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE) != null) {
                write(pieces, response, token.getToken(), head);
                return;
            }
            if (version.current() == current) {
                cache.put(fullKey, pieces);
            }
            response.resetBuffer();
        } else {
            response.setStatus(HttpServletResponse.SC_OK);
            if (pieces.contentType() != null) {
                response.setContentType(pieces.contentType());
            }
            if (pieces.language() != null) {
                response.setLocale(Locale.forLanguageTag(pieces.language()));
            }
        }
        write(pieces, response, token.getToken(), head);
    }

    private Optional<String> key(HttpServletRequest request) {
        for (PersonalPageKeys provider : keys) {
            Optional<String> key = provider.key(request);
            if (key.isPresent()) {
                return key;
            }
        }
        return Optional.empty();
    }

    /** The pieces joined by this request's token (reading the token also sets its cookie when it is new). */
    private static void write(Pieces pieces, HttpServletResponse response, String token, boolean head)
            throws IOException {
        byte[] joint = token.getBytes(StandardCharsets.UTF_8);
        int length = (pieces.parts().size() - 1) * joint.length;
        for (byte[] part : pieces.parts()) {
            length += part.length;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, PageCacheFilter.PRIVATE);
        response.setContentLength(length);
        if (head) {
            return;
        }
        // straight into the container's buffer: no copy of the whole page per request
        jakarta.servlet.ServletOutputStream out = response.getOutputStream();
        for (int i = 0; i < pieces.parts().size(); i++) {
            if (i > 0) {
                out.write(joint);
            }
            out.write(pieces.parts().get(i));
        }
    }

    /** A rendered page cut at each occurrence of the placeholder token, with its type and language. */
    record Pieces(List<byte[]> parts, String contentType, String language) {

        static Pieces of(byte[] body, String placeholder, HttpServletResponse response) {
            byte[] cut = placeholder.getBytes(StandardCharsets.UTF_8);
            List<byte[]> parts = new ArrayList<>();
            int from = 0;
            for (int i = indexOf(body, cut, 0); i >= 0; i = indexOf(body, cut, from)) {
                parts.add(java.util.Arrays.copyOfRange(body, from, i));
                from = i + cut.length;
            }
            parts.add(java.util.Arrays.copyOfRange(body, from, body.length));
            Locale locale = response.getLocale();
            return new Pieces(
                    List.copyOf(parts), response.getContentType(), locale == null ? null : locale.toLanguageTag());
        }

        int weight() {
            int size = 128;
            for (byte[] part : parts) {
                size += part.length + 16;
            }
            return size;
        }

        private static int indexOf(byte[] body, byte[] cut, int from) {
            outer:
            for (int i = from; i <= body.length - cut.length; i++) {
                for (int j = 0; j < cut.length; j++) {
                    if (body[i + j] != cut[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }

    /** The request as the page sees it while it is rendered for keeping: its CSRF token is the placeholder. */
    private static final class Placeholder extends HttpServletRequestWrapper {

        private final CsrfToken token;

        Placeholder(HttpServletRequest request, CsrfToken real, String placeholder) {
            super(request);
            this.token = new DefaultCsrfToken(real.getHeaderName(), real.getParameterName(), placeholder);
        }

        @Override
        public Object getAttribute(String name) {
            if (CsrfToken.class.getName().equals(name) || "_csrf".equals(name)) {
                return token;
            }
            return super.getAttribute(name);
        }
    }
}
