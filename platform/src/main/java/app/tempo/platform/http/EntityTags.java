package app.tempo.platform.http;

import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.problem.ProblemType;

/** A resource's version as a strong ETag ({@code "7"}), and the version an {@code If-Match} header names. */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Null when the header is absent; 400 when it is not one of our ETags ({@code *} is not supported). */
    public static Long versionIn(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return Long.parseLong(tag.substring(1, tag.length() - 1));
            } catch (NumberFormatException e) {
                // falls through to the problem below
            }
        }
        throw new ProblemException(ProblemType.INVALID_REQUEST, "If-Match must be an ETag this server issued, like \"3\"");
    }
}
