package app.tempo.platform.sync;

import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.problem.ProblemType;

/** Reads a cursor a client sends back (to the sync feed or a live channel): 400 if it is none, 410 if it is another feed's. */
public final class FeedPositions {

    private FeedPositions() {
    }

    /** The position the cursor names in the subject's feed of the domain; the start when there is no cursor. */
    public static SyncCursor of(String cursor, String domain, String subject) {
        if (cursor == null || cursor.isEmpty()) {
            return SyncCursor.start(domain, subject);
        }
        SyncCursor position;
        try {
            position = SyncCursor.decode(cursor);
        } catch (SyncCursor.Malformed e) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "cursor: not a cursor this API returned");
        }
        if (!position.belongsTo(domain, subject)) {
            throw new ProblemException(ProblemType.RESYNC_REQUIRED, "This cursor belongs to another user's or another domain's "
                    + "feed: sync again without a cursor");
        }
        return position;
    }
}
