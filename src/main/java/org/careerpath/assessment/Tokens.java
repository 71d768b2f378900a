package org.careerpath.assessment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The links of an assessment. The owner's link and a draft's link are 256 random bits from SecureRandom;
 * the read-only share link and the invitation links are derived from the owner's link with HMAC-SHA256, so
 * that the owner can be shown them again while the database keeps none of them: only SHA-256 hashes are
 * stored. All are URL-safe Base64 without padding (43 characters). Links made before hashing were 22 to 64
 * characters of the same alphabet and keep working as owner links.
 */
final class Tokens {

    static final int BYTES = 32;

    static final int NONCE_BYTES = 16;

    private static final SecureRandom random = new SecureRandom();

    private static final Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {}

    static String next() {
        return base64.encodeToString(bytes(BYTES));
    }

    static byte[] nonce() {
        return bytes(NONCE_BYTES);
    }

    /** Whether a string could be a link token at all: checked before touching the database. */
    static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{22,64}");
    }

    /** What the database keeps of a token: SHA-256 of its UTF-8 bytes (as the migration hashed old links). */
    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The read-only link that belongs to an owner link. */
    static String share(String ownerToken) {
        return derive(ownerToken, "share");
    }

    /** The invitation link that belongs to an owner link and an invitation's nonce. */
    static String invitation(String ownerToken, byte[] nonce) {
        return derive(ownerToken, "invite:" + base64.encodeToString(nonce));
    }

    private static String derive(String ownerToken, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(ownerToken.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return base64.encodeToString(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
