package app.tempo.account.domain.model.hint;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The A/B variants of a replacement hint's wording. */
public enum HintVariant {
    A, B;

    /**
     * The athlete's variant: a stable hash of the subject places them at a point in [0, 1), and those below
     * {@code shareOfB} get B. The same athlete always lands at the same point, so raising the share only moves
     * athletes from A to B, and lowering it back moves the same ones back.
     */
    public static HintVariant of(String subject, double shareOfB) {
        return pointOf(subject) < shareOfB ? B : A;
    }

    static double pointOf(String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("gear-hint-wording/" + subject).getBytes(StandardCharsets.UTF_8));
            return (ByteBuffer.wrap(digest).getInt() & 0xFFFFFFFFL) / (double) (1L << 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
