package org.careerpath.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A finished public page: its headers as the application set them, and its body both as is and
 * gzip-compressed, so that serving it needs neither rendering nor compression.
 */
record CachedPage(String tag, List<Map.Entry<String, String>> headers, byte[] identity, byte[] gzip) {

    /** A page whose address digests to {@code tag} (the middle of its ETag). */
    static CachedPage of(String tag, List<Map.Entry<String, String>> headers, byte[] body) {
        return new CachedPage(tag, List.copyOf(headers), body, gzip(body));
    }

    /** Bytes held, for the cache's size bound. */
    int weight() {
        int size = identity.length + gzip.length + 64;
        for (Map.Entry<String, String> h : headers) {
            size += h.getKey().length() + h.getValue().length() + 32;
        }
        return size;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
