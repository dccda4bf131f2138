package app.tempo.platform.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in one user's feed of one domain: the transaction id and sequence of the last change handed out.
 * Opaque to clients (base64url); it names its domain and, by a digest, its user, so that a cursor used elsewhere is
 * recognised as foreign rather than read as a position in another feed.
 */
public record SyncCursor(String domain, String userTag, String tx, long seq) {

    private static final Pattern FORMAT = Pattern.compile("v1\\|([a-z-]{1,40})\\|([0-9a-f]{16})\\|([0-9]{1,20})\\|([0-9]{1,19})");

    /** Thrown for a text that is no cursor of this API at all. */
    public static final class Malformed extends RuntimeException {
        Malformed() {
            super("not a cursor this API returned");
        }
    }

    public static SyncCursor start(String domain, String subject) {
        return new SyncCursor(domain, tagOf(subject), "0", 0);
    }

    public boolean isStart() {
        return tx.equals("0") && seq == 0;
    }

    public SyncCursor after(String nextTx, long nextSeq) {
        return new SyncCursor(domain, userTag, nextTx, nextSeq);
    }

    public boolean belongsTo(String expectedDomain, String subject) {
        return domain.equals(expectedDomain) && userTag.equals(tagOf(subject));
    }

    public String encode() {
        String text = "v1|" + domain + "|" + userTag + "|" + tx + "|" + seq;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    public static SyncCursor decode(String encoded) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw new Malformed();
        }
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            throw new Malformed();
        }
        try {
            return new SyncCursor(matcher.group(1), matcher.group(2), Long.toUnsignedString(Long.parseUnsignedLong(matcher.group(3))),
                    Long.parseLong(matcher.group(4)));
        } catch (NumberFormatException e) {
            throw new Malformed();
        }
    }

    static String tagOf(String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
