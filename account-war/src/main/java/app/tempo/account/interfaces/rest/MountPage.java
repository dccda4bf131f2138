package app.tempo.account.interfaces.rest;

import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.problem.ProblemType;
import java.util.List;

/** One page of a component's mounts, oldest first; {@code next} is the cursor of the following page, null at the end. */
public record MountPage(List<MountView> items, String next) {

    static long parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "cursor: not a cursor this API returned");
        }
    }
}
