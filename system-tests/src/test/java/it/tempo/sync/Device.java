package it.tempo.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Reply;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One device of a user, keeping its own cursor on one domain's feed. */
public final class Device {

    private static final int MAX_PAGES = 1000;

    private final Api api;
    private final String feed;
    private String cursor;

    public Device(Api api, String domain) {
        this.api = api;
        this.feed = "/api/v1/" + domain + "/sync";
    }

    /** Pulls until the feed has no more; the changes in the order received. */
    public List<JsonObject> pull() {
        List<JsonObject> changes = new ArrayList<>();
        Map<String, Long> versions = new HashMap<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            Reply reply = api.get(feed + "?limit=500" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            assertEquals(200, reply.status(), () -> "GET " + feed + ": " + reply);
            for (JsonObject change : reply.json().getJsonArray("changes").getValuesAs(JsonObject.class)) {
                // one pull carries a resource again only if it changed again meanwhile
                long version = change.getJsonNumber("version").longValue();
                Long earlier = versions.put(change.getString("type") + "/" + change.getString("id"), version);
                assertTrue(earlier == null || version > earlier, () -> feed + " gave " + change + " again in one pull, after version " + earlier);
                changes.add(change);
            }
            cursor = reply.json().getString("cursor");
            if (!reply.json().getBoolean("hasMore")) {
                return changes;
            }
        }
        throw new AssertionError(feed + " still had more after " + MAX_PAGES + " pages");
    }

    /** Catches up without looking: the device's cursor is now at the head of the feed. */
    public Device atHead() {
        pull();
        return this;
    }

    String cursor() {
        return cursor;
    }

    public static List<JsonObject> about(List<JsonObject> changes, Object id) {
        return changes.stream().filter(change -> change.getString("id").equals(id.toString())).toList();
    }
}
