package it.tempo.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Database;
import it.tempo.support.Json;
import it.tempo.support.Reply;
import it.tempo.support.Stack;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The batch push through the gateway: a device's offline queue, applied once, in order, replayable. */
class BatchIT {

    private static final String TRAINING_BATCH = "/api/v1/training/batch";

    private final Api alice = Api.as("alice", Stack.gateway());
    private final Api bob = Api.as("bob", Stack.gateway());

    @Test
    void aQueueIsAppliedInOrderEachAsItsOwnRequestAndAReplayChangesNothing() {
        UUID run = UUID.randomUUID();
        UUID planned = UUID.randomUUID();
        UUID dropped = UUID.randomUUID();
        UUID bobs = UUID.randomUUID();
        assertEquals(201, bob.put("/api/v1/training/trainings/" + bobs, Json.training("Bob's")).status());
        String batch = batch("phone-" + run, List.of(
                mutation(1, "PUT", "/api/v1/training/trainings/" + planned, Json.training("Offline run")),
                mutation(2, "PUT", "/api/v1/training/trainings/" + planned + "/completion", Json.completion(5000, 1800)),
                mutation(3, "PUT", "/api/v1/training/trainings/" + dropped, "{\"sport\":\"NOPE\",\"title\":\"x\"}"),
                mutation(4, "PUT", "/api/v1/training/trainings/" + dropped, Json.training("Second try")),
                mutation(5, "DELETE", "/api/v1/training/trainings/" + dropped, null),
                mutation(6, "PUT", "/api/v1/training/trainings/" + bobs + "/completion", Json.completion(1000, 600)),
                mutation(7, "PUT", "/api/v1/account/gear/" + UUID.randomUUID(), Json.shoes())));

        Reply first = alice.send("POST", TRAINING_BATCH, batch);
        assertEquals(200, first.status(), () -> "the batch: " + first);
        assertEquals(List.of(201, 200, 400, 201, 204, 404, 400), statuses(first), () -> "each answered as alone: " + first);
        assertFalse(first.json().containsKey("stoppedAt"), () -> "not stopped: " + first);
        assertEquals(8, first.json().getJsonNumber("next").longValue());
        assertEquals("COMPLETED", alice.get("/api/v1/training/trainings/" + planned).json().getString("status"));
        assertEquals(404, alice.get("/api/v1/training/trainings/" + dropped).status());
        assertEquals("PLANNED", bob.get("/api/v1/training/trainings/" + bobs).json().getString("status"), "bob's stays bob's");

        Reply replay = alice.send("POST", TRAINING_BATCH, batch);
        assertEquals(statuses(first), statuses(replay), () -> "the replay is answered from the record: " + replay);
        assertTrue(results(replay).stream().allMatch(result -> result.getBoolean("replayed")), () -> "nothing applied again: " + replay);
        assertEquals(1, Database.eventsOf(planned).size(), "one completion event, not two");
    }

    @Test
    void theServerStopsAtAGapAndRejectsWhatIsNotAQueue() {
        String device = "tablet-" + UUID.randomUUID();
        Reply gap = alice.send("POST", TRAINING_BATCH, batch(device, List.of(
                mutation(1, "PUT", "/api/v1/training/trainings/" + UUID.randomUUID(), Json.training("One")),
                mutation(3, "PUT", "/api/v1/training/trainings/" + UUID.randomUUID(), Json.training("Three")))));
        assertEquals(200, gap.status());
        assertEquals(List.of(201), statuses(gap));
        assertEquals(3, gap.json().getJsonNumber("stoppedAt").longValue());
        assertEquals(2, gap.json().getJsonNumber("next").longValue());

        Reply backwards = alice.send("POST", TRAINING_BATCH, batch(device, List.of(
                mutation(5, "DELETE", "/api/v1/training/trainings/" + UUID.randomUUID(), null),
                mutation(4, "DELETE", "/api/v1/training/trainings/" + UUID.randomUUID(), null))));
        assertEquals(422, backwards.status(), () -> "ids out of order: " + backwards);
        List<JsonObjectBuilder> many = new ArrayList<>();
        for (int i = 1; i <= 201; i++) {
            many.add(mutation(i, "DELETE", "/api/v1/training/trainings/" + UUID.randomUUID(), null));
        }
        assertEquals(413, alice.send("POST", TRAINING_BATCH, batch("big-" + UUID.randomUUID(), many)).status());
        assertEquals(400, alice.send("POST", TRAINING_BATCH, "{\"mutations\":[]}").status());
        Reply injected = alice.send("POST", TRAINING_BATCH, batch(device, List.of(mutation(2, "DELETE",
                "/api/v1/training/trainings/" + UUID.randomUUID(), null).add("ifMatch", "\"1\"\r\nX-Injected: yes"))));
        assertEquals(400, injected.status(), () -> "a header value with CR LF is refused, not sent on: " + injected);
    }

    @Test
    void anIdempotencyKeyGetsItsFirstAnswerAgainAndRefusesAnotherRequest() {
        String key = "key-" + UUID.randomUUID();
        String device = "key-device-" + UUID.randomUUID();
        String once = batch(device, List.of(mutation(1, "PUT", "/api/v1/training/trainings/" + UUID.randomUUID(), Json.training("Keyed"))));
        Reply first = alice.send("POST", TRAINING_BATCH, once, "Idempotency-Key", key);
        assertEquals(200, first.status(), () -> "first: " + first);
        Reply again = alice.send("POST", TRAINING_BATCH, once, "Idempotency-Key", key);
        assertEquals(200, again.status());
        assertEquals("true", again.header("Idempotent-Replayed"), () -> "the kept answer: " + again);
        assertEquals(first.json(), again.json(), "exactly the first answer (not the replay of the mutation log)");
        String other = batch(device, List.of(mutation(2, "DELETE", "/api/v1/training/trainings/" + UUID.randomUUID(), null)));
        Reply misused = alice.send("POST", TRAINING_BATCH, other, "Idempotency-Key", key);
        assertEquals(422, misused.status(), () -> "the same key for another request: " + misused);
        assertEquals("application/problem+json", misused.contentType());
        assertEquals(200, bob.send("POST", TRAINING_BATCH, batch(device, List.of(mutation(1, "DELETE",
                "/api/v1/training/trainings/" + UUID.randomUUID(), null))), "Idempotency-Key", key).status(), "keys are per user");
    }

    @Test
    void aMutationReplayedAfterTheServerRestartedIsStillRecognised() {
        UUID id = UUID.randomUUID();
        String batch = batch("restart-" + UUID.randomUUID(), List.of(
                mutation(1, "PUT", "/api/v1/training/trainings/" + id, Json.training("Before the restart"))));
        assertEquals(List.of(201), statuses(alice.send("POST", TRAINING_BATCH, batch)));
        Stack.tempo("stop", "training");
        Stack.tempo("start", "training");
        Reply replay = alice.send("POST", TRAINING_BATCH, batch);
        assertEquals(List.of(201), statuses(replay));
        assertTrue(results(replay).get(0).getBoolean("replayed"), () -> "recognised: " + replay);
    }

    static JsonObjectBuilder mutation(long id, String method, String path, String body) {
        JsonObjectBuilder mutation = jakarta.json.Json.createObjectBuilder().add("id", id).add("method", method).add("path", path);
        if (body != null) {
            mutation.add("body", jakarta.json.Json.createReader(new StringReader(body)).readValue());
        }
        return mutation;
    }

    static String batch(String device, List<JsonObjectBuilder> mutations) {
        JsonArrayBuilder array = jakarta.json.Json.createArrayBuilder();
        mutations.forEach(array::add);
        return jakarta.json.Json.createObjectBuilder().add("deviceId", device).add("mutations", array).build().toString();
    }

    static List<JsonObject> results(Reply reply) {
        return reply.json().getJsonArray("results").getValuesAs(JsonObject.class);
    }

    static List<Integer> statuses(Reply reply) {
        return results(reply).stream().map(result -> result.getInt("status")).toList();
    }
}
