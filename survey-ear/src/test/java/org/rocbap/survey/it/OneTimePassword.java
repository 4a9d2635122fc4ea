package org.rocbap.survey.it;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an authenticator app shows (RFC 6238 with the realm's policy: HMAC-SHA1, 6 digits, 30 s), for a
 * secret as Keycloak hands it to the set-up form.
 */
final class OneTimePassword {

    static final long PERIOD_SECONDS = 30;

    private final byte[] secret;

    OneTimePassword(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    static long step(Instant time) {
        return time.getEpochSecond() / PERIOD_SECONDS;
    }

    String codeAt(long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash =
                    mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = (ByteBuffer.wrap(hash, offset, Integer.BYTES).getInt() & 0x7fffffff) % 1_000_000;
            return String.format("%06d", binary);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
