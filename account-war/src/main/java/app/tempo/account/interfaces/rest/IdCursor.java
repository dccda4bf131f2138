package app.tempo.account.interfaces.rest;

import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.problem.ProblemType;
import java.util.UUID;

/** The cursor of a list in id order: the last id of the previous page. */
final class IdCursor {

    private IdCursor() {
    }

    static UUID parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(cursor);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "cursor: not a cursor this API returned");
        }
    }
}
