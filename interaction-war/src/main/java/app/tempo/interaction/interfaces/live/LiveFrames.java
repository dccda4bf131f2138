package app.tempo.interaction.interfaces.live;

import app.tempo.platform.json.StrictJsonb;
import app.tempo.platform.sync.SyncPage;
import jakarta.json.bind.Jsonb;
import java.util.List;

/** How a page of feed changes is written on a live channel: each change as the sync feed shows it. */
public final class LiveFrames {

    private static final Jsonb JSON = StrictJsonb.create();

    private LiveFrames() {
    }

    static String change(SyncPage.Change change) {
        return JSON.toJson(change);
    }

    /** A WebSocket frame: a page of changes and the cursor after them. */
    static String page(List<SyncPage.Change> changes, String cursor) {
        return JSON.toJson(new Page("changes", changes, cursor));
    }

    static String ready(String cursor) {
        return JSON.toJson(new Page("ready", List.of(), cursor));
    }

    /** One WebSocket frame. */
    public record Page(String kind, List<SyncPage.Change> changes, String cursor) {
    }
}
