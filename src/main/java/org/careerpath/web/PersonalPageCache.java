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
import java.util.Map;
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
 * browser or by a shared cache, and a page is only shown to a request that names the same address, which for
 * an assessment means knowing its secret link.
 *
 * <p>A kept page is dropped the moment PostgreSQL announces a change to the record it shows ({@link
 * ChangeNotices}, channel {@code assessment_changed}), on every instance, so a page served from memory asks
 * the database nothing. While notices are not heard, each request reads the record's stamp (its change
 * counter) instead and a kept page is shown only if it was rendered at that stamp; when they are heard again,
 * everything kept is dropped. Whoever changes a record through this instance sees the change on their next
 * request, without waiting for the notice. Pages are also keyed on the content version, kept at most {@code
 * careerpath.personal-page-cache.ttl} (10 minutes) and within {@code careerpath.personal-page-cache.max-size}
 * (16 MB). A page that showed a one-off message (a flash attribute) or failed is never kept. Runs inside
 * Spring Security's filters, which supply the token and check the posts.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
public class PersonalPageCache extends OncePerRequestFilter {

    static final String CHANNEL = "assessment_changed";

    private final List<PersonalPageKeys> keys;
    private final ContentVersion version;
    private final ChangeNotices notices;
    private final Cache<String, Kept> cache;
    /** The notice sequence number at which each recently changed record was last announced. */
    private final Cache<Long, Long> announced =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5)).build();

    private final java.util.concurrent.atomic.AtomicLong sequence = new java.util.concurrent.atomic.AtomicLong();

    PersonalPageCache(
            ObjectProvider<PersonalPageKeys> keys,
            ContentVersion version,
            ChangeNotices notices,
            @Value("${careerpath.personal-page-cache.max-size:16MB}") DataSize maxSize,
            @Value("${careerpath.personal-page-cache.ttl:10m}") Duration ttl) {
        this.keys = keys.orderedStream().toList();
        this.version = version;
        this.notices = notices;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxSize.toBytes())
                .weigher((String key, Kept kept) -> kept.pieces().weight())
                .expireAfterWrite(ttl)
                .build();
        version.onChange(v -> cache.invalidateAll());
        notices.subscribe(CHANNEL, this::announced, cache::invalidateAll);
    }

    private record Kept(Pieces pieces, PersonalPageKeys.Stamp stamp) {}

    /** How many pages are kept. */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** Forgets every kept page. */
    public void clear() {
        cache.invalidateAll();
    }

    /** A notice that a record changed: its pages are dropped, and a page being rendered now is not kept. */
    private void announced(String payload) {
        long subject;
        try {
            subject = Long.parseLong(payload);
        } catch (NumberFormatException e) {
            return;
        }
        forget(subject);
    }

    private void forget(long subject) {
        announced.put(subject, sequence.incrementAndGet());
        cache.asMap().values().removeIf(kept -> kept.stamp().subject() == subject);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean head = "HEAD".equals(request.getMethod());
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (!(head || "GET".equals(request.getMethod()))) {
            chain.doFilter(request, response);
            if (response.getStatus() < 400) {
                forgetChangedBy(request);
            }
            return;
        }
        Optional<PersonalPageKeys.Page> page = page(request);
        if (page.isEmpty() || token == null) {
            chain.doFilter(request, response);
            return;
        }
        long current = version.current();
        String key = current + " " + page.get().address();
        Kept kept = cache.getIfPresent(key);
        if (kept != null && !notices.listening()) {
            // a change may have gone unannounced: show the kept page only if it is still current
            Optional<PersonalPageKeys.Stamp> stamp = page.get().stamp().get();
            if (stamp.isEmpty() || !stamp.get().equals(kept.stamp())) {
                cache.invalidate(key);
                kept = null;
            }
        }
        Pieces pieces;
        if (kept == null) {
            long gaps = notices.gaps();
            long before = sequence.get();
            Optional<PersonalPageKeys.Stamp> stamp = page.get().stamp().get();
            if (stamp.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
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
            Long announcedAt = announced.getIfPresent(stamp.get().subject());
            if (version.current() == current
                    && notices.gaps() == gaps
                    && (announcedAt == null || announcedAt <= before)) {
                cache.put(key, new Kept(pieces, stamp.get()));
            }
            response.resetBuffer();
        } else {
            pieces = kept.pieces();
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

    /** After a change made through this instance, the pages of the changed record go at once. */
    private void forgetChangedBy(HttpServletRequest request) {
        for (PersonalPageKeys provider : keys) {
            provider.changedBy(request).ifPresent(address -> {
                for (Map.Entry<String, Kept> entry : cache.asMap().entrySet()) {
                    if (entry.getKey().endsWith(" " + address)) {
                        long subject = entry.getValue().stamp().subject();
                        if (subject != 0) {
                            forget(subject);
                        }
                    }
                }
            });
        }
    }

    private Optional<PersonalPageKeys.Page> page(HttpServletRequest request) {
        for (PersonalPageKeys provider : keys) {
            Optional<PersonalPageKeys.Page> page = provider.page(request);
            if (page.isPresent()) {
                return page;
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
