package org.careerpath.assessment;

import java.security.SecureRandom;
import java.util.Base64;

/** Assessment links: 256 random bits from SecureRandom, URL-safe Base64 without padding (43 characters). */
final class Tokens {

    static final int BYTES = 32;

    private static final SecureRandom random = new SecureRandom();

    private Tokens() {}

    static String next() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a string could be a token at all: checked before touching the database. */
    static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
