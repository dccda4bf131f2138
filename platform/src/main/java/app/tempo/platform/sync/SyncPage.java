package app.tempo.platform.sync;

import jakarta.json.JsonValue;
import java.util.List;

/** A page of the feed: apply {@code changes} in order, keep {@code cursor}, pull again at once while {@code hasMore}. */
public record SyncPage(List<Change> changes, String cursor, boolean hasMore) {

    /** One resource's latest state, or its tombstone ({@code deleted}, no {@code data}). */
    public record Change(String type, String id, long version, boolean deleted, JsonValue data) {
    }
}
