package org.careerpath.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A finished public page: its headers as the application set them, and its body both as is and
 * gzip-compressed, so that serving it needs neither rendering nor compression.
 */
record CachedPage(
        String tag, List<Map.Entry<String, String>> headers, byte[] identity, byte[] gzip, List<byte[]> encoded) {

    /** A page whose address digests to {@code tag} (the middle of its ETag). */
    static CachedPage of(String tag, List<Map.Entry<String, String>> headers, byte[] body) {
        List<byte[]> encoded = new ArrayList<>();
        for (Map.Entry<String, String> header : headers) {
            if (!PageCacheFilter.isTypeOrLanguage(header.getKey())) {
                encoded.add(encode(header.getKey()));
                encoded.add(encode(header.getValue()));
            }
        }
        return new CachedPage(tag, List.copyOf(headers), body, gzip(body), List.copyOf(encoded));
    }

    /**
     * A header name or value as Tomcat puts it on the wire: ISO-8859-1, control characters other than tab
     * made spaces. Encoded once per page, so that {@link KeptPageValve} hands Tomcat bytes: encoding each
     * header's text again for every response was a third of the time of serving a kept page (JFR).
     */
    static byte[] encode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < bytes.length; i++) {
            if ((bytes[i] >= 0 && bytes[i] < 32 && bytes[i] != 9) || bytes[i] == 127) {
                bytes[i] = ' ';
            }
        }
        return bytes;
    }

    /** Bytes held, for the cache's size bound. */
    int weight() {
        int size = identity.length + gzip.length + 64;
        for (Map.Entry<String, String> h : headers) {
            size += 2 * (h.getKey().length() + h.getValue().length()) + 48;
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
