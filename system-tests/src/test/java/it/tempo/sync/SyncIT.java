package it.tempo.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Json;
import it.tempo.support.Reply;
import it.tempo.support.Stack;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The change feed and deletes through the gateway, as two devices of alice (and bob) see them. */
class SyncIT {

    private final Api alice = Api.as("alice", Stack.gateway());
    private final Api bob = Api.as("bob", Stack.gateway());

    @Test
    void aChangeReachesTheFeedOnceAsItsGetShowsIt() {
        Device phone = new Device(alice, "training").atHead();
        UUID id = UUID.randomUUID();
        String path = "/api/v1/training/trainings/" + id;
        assertEquals(201, alice.put(path, Json.training("Feed me")).status());

        List<JsonObject> changes = Device.about(phone.pull(), id);
        assertEquals(1, changes.size(), () -> "one change for the new training: " + changes);
        JsonObject change = changes.get(0);
        Reply read = alice.get(path);
        assertEquals("training", change.getString("type"));
        assertEquals(read.header("ETag"), "\"" + change.getJsonNumber("version").longValue() + "\"");
        assertFalse(change.getBoolean("deleted"));
        assertEquals(read.json(), change.getJsonObject("data"), "the feed carries what GET answers");
        assertEquals(List.of(), Device.about(phone.pull(), id), "and only once");
    }

    /** Writers commit in whatever order they finish while a device keeps pulling: it ends with every last version. */
    @Test
    void aDevicePullingDuringConcurrentWritesMissesNothing() throws Exception {
        Device phone = new Device(alice, "training").atHead();
        List<UUID> ids = Stream.generate(UUID::randomUUID).limit(160).toList();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> writing = new ArrayList<>();
        for (int writer = 0; writer < 8; writer++) {
            List<UUID> own = ids.subList(writer * 20, writer * 20 + 20);
            writing.add(writers.submit(() -> own.forEach(id -> {
                Api direct = Api.as("alice", Stack.training());
                assertEquals(201, direct.put("/api/v1/training/trainings/" + id, Json.training("v1")).status());
                assertEquals(200, direct.put("/api/v1/training/trainings/" + id, Json.training("v2"), "If-Match", "\"1\"").status());
            })));
        }
        writers.shutdown();
        Map<String, Long> seen = new HashMap<>();
        do {
            phone.pull().forEach(change -> seen.merge(change.getString("id"), change.getJsonNumber("version").longValue(), Math::max));
        } while (!writers.awaitTermination(50, TimeUnit.MILLISECONDS));
        phone.pull().forEach(change -> seen.merge(change.getString("id"), change.getJsonNumber("version").longValue(), Math::max));
        for (Future<?> writer : writing) {
            writer.get(); // a writer's failed assertion fails the test here
        }
        ids.forEach(id -> assertEquals(2L, seen.get(id.toString()), () -> "the device has the last version of " + id));
    }

    @Test
    void aDeleteReachesAnotherDeviceAsATombstoneAndTheIdStaysDeleted() {
        Device phone = new Device(alice, "account").atHead();
        Device watch = new Device(alice, "account").atHead();
        UUID id = UUID.randomUUID();
        String path = "/api/v1/account/gear/" + id;
        Reply created = alice.put(path, Json.shoes());
        assertEquals(201, created.status());
        assertEquals(1, Device.about(watch.pull(), id).size(), "the watch has the shoes");

        assertEquals(412, alice.send("DELETE", path, "", "If-Match", "\"99\"").status(), "a stale If-Match loses");
        assertEquals(204, alice.send("DELETE", path, "", "If-Match", created.header("ETag")).status());
        assertEquals(204, alice.send("DELETE", path, "").status(), "deleting again succeeds");
        assertEquals(404, alice.get(path).status());
        Reply revived = alice.put(path, Json.shoes());
        assertEquals(410, revived.status(), () -> "a replayed create does not bring it back: " + revived);
        assertEquals("application/problem+json", revived.contentType());

        List<JsonObject> onTheWatch = Device.about(watch.pull(), id);
        assertEquals(1, onTheWatch.size(), () -> "the watch is told once: " + onTheWatch);
        assertTrue(onTheWatch.get(0).getBoolean("deleted"));
        assertFalse(onTheWatch.get(0).containsKey("data"), "a tombstone carries no data");
        List<JsonObject> onThePhone = Device.about(phone.pull(), id);
        assertEquals(1, onThePhone.size(), () -> "a device that never saw it gets only the tombstone: " + onThePhone);
        assertTrue(onThePhone.get(0).getBoolean("deleted"));
    }

    @Test
    void aCursorOfAnotherUserOrDomainIsToldToResyncAndNonsenseIsRefused() {
        String alicesCursor = new Device(alice, "training").atHead().cursor();
        Reply bobs = bob.get("/api/v1/training/sync?cursor=" + encoded(alicesCursor));
        assertEquals(410, bobs.status(), () -> "alice's cursor is no position in bob's feed: " + bobs);
        assertTrue(bobs.json().getString("type").endsWith("/resync-required"));
        assertEquals(410, alice.get("/api/v1/account/sync?cursor=" + encoded(alicesCursor)).status(), "nor in another domain's");
        Reply nonsense = alice.get("/api/v1/training/sync?cursor=abc");
        assertEquals(400, nonsense.status());
        assertEquals("application/problem+json", nonsense.contentType());
    }

    @Test
    void bobsFeedsNeverCarryAlicesChanges() {
        Device bobsPhone = new Device(bob, "training").atHead();
        UUID id = UUID.randomUUID();
        assertEquals(201, alice.put("/api/v1/training/trainings/" + id, Json.training("Alice only")).status());
        assertEquals(204, bob.send("DELETE", "/api/v1/training/trainings/" + id, "").status(), "bob's delete of it is a no-op success");
        assertEquals(200, alice.get("/api/v1/training/trainings/" + id).status(), "alice still has it");
        assertEquals(List.of(), Device.about(bobsPhone.pull(), id));
    }

    private static String encoded(String cursor) {
        return URLEncoder.encode(cursor, StandardCharsets.UTF_8);
    }
}
