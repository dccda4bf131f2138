package app.tempo.interaction.interfaces.rest;

import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.problem.ProblemType;
import java.util.UUID;
import java.util.function.Function;

/** The cursor of a list in id or sequence order: the last id of the previous page. */
final class IdCursor {

    private IdCursor() {
    }

    /** The UUID after which the page starts; null: from the first. */
    static UUID parse(String cursor) {
        return absent(cursor) ? null : read(cursor, UUID::fromString);
    }

    /** The sequence number before or after which the page starts; null: from the first. */
    static Long parseSequence(String cursor) {
        return absent(cursor) ? null : read(cursor, Long::parseLong);
    }

    private static boolean absent(String cursor) {
        return cursor == null || cursor.isBlank();
    }

    private static <T> T read(String cursor, Function<String, T> parser) {
        try {
            return parser.apply(cursor);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "cursor: not a cursor this API returned");
        }
    }
}
