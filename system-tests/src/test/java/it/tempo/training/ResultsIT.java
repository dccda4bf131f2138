package it.tempo.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Database;
import it.tempo.support.Json;
import it.tempo.support.Reply;
import it.tempo.support.Sso;
import it.tempo.support.Stack;
import it.tempo.sync.Device;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Recorded samples and the results table through the gateway: batches in any order and replayed, results ranked by
 * the sport's metric with calories from a weight that is used and not stored, each participant's TrainingCompleted
 * once the training is completed and again when late data changes it; who may upload and read.
 */
class ResultsIT {

    private static final Instant START = Instant.parse("2026-12-05T08:00:00Z");

    private final Api alice = Api.as("alice", Stack.gateway());
    private final Api bob = Api.as("bob", Stack.gateway());
    private final Api admin = Api.as("admin", Stack.gateway());
    private final String bobs = Sso.subject("bob");
    private final String alices = Sso.subject("alice");

    @Test
    void batchesInAnyOrderMakeARankedTableAndLateDataRepublishesTheResult() {
        UUID training = withBob("PRIVATE");
        Device bobsPhone = new Device(bob, "training").atHead();
        Device alicesPhone = new Device(alice, "training").atHead();
        // bob runs north at 3.3 m/s for 20 minutes, sending the second 10 minutes first
        Reply second = samples(bob, training, UUID.randomUUID(), 600, 1200, 0.00003, 70.0);
        assertEquals(200, second.status(), second::toString);
        UUID firstBatch = UUID.randomUUID();
        Reply first = samples(bob, training, firstBatch, 0, 600, 0.00003, 70.0);
        assertEquals(200, first.status(), first::toString);
        assertEquals(1199, first.json().getJsonNumber("movingSeconds").longValue());
        Reply replay = samples(bob, training, firstBatch, 0, 600, 0.00003, 70.0);
        assertEquals(first.header("ETag"), replay.header("ETag"), "a batch sent again changes nothing");
        // alice runs slower (1.1 m/s) for 10 minutes and gives no weight
        assertEquals(200, samples(alice, training, UUID.randomUUID(), 0, 600, 0.00001, null).status());

        Reply table = alice.get(path(training) + "/results");
        assertEquals(200, table.status(), table::toString);
        assertEquals("SPEED", table.json().getString("rankedBy"));
        List<JsonObject> rows = table.json().getJsonArray("results").getValuesAs(JsonObject.class);
        assertEquals(List.of(bobs, alices), rows.stream().map(row -> row.getString("subject")).toList(), "the faster first");
        JsonObject bobsRow = rows.get(0);
        assertEquals(1, bobsRow.getInt("rank"));
        assertEquals(1200, bobsRow.getInt("samples"));
        assertEquals(3.3, bobsRow.getJsonNumber("averageSpeed").doubleValue(), 0.05);
        assertTrue(!bobsRow.containsKey("calories"), "alice does not see bob's calories: with the MET and his moving time they give his weight");
        assertTrue(!rows.get(1).containsKey("calories"), "no weight, no calories");
        JsonObject bobsOwn = bob.get(path(training) + "/results").json().getJsonArray("results").getValuesAs(JsonObject.class).get(0);
        assertEquals(8.0 * 70 * 1199 / 3600, bobsOwn.getJsonNumber("calories").doubleValue(), 0.01,
                "bob sees his own: RUN 8.0 MET × 70 kg × moving hours");
        assertEquals(0, Database.count("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'training' AND column_name LIKE '%weight%'"),
                "the weight is used, never stored");
        List<JsonObject> onBobsPhone = Device.about(bobsPhone.pull(), training + ":" + bobs);
        assertTrue(onBobsPhone.get(onBobsPhone.size() - 1).getJsonObject("data").containsKey("calories"), "bob's line reaches his feed, his calories too");
        List<JsonObject> onAlicesPhone = Device.about(alicesPhone.pull(), training + ":" + bobs);
        assertTrue(!onAlicesPhone.isEmpty() && !onAlicesPhone.get(onAlicesPhone.size() - 1).getJsonObject("data").containsKey("calories"),
                () -> "bob's line reaches alice's feed without his calories: " + onAlicesPhone);

        assertEquals(200, alice.put(path(training) + "/completion", Json.completion(660, 600)).status());
        assertEquals(List.of(alices, bobs), completionsPublished(training), "the owner's report, then bob's result");
        samples(bob, training, UUID.randomUUID(), 1200, 1500, 0.00003, null); // five more minutes arrive late, no weight
        assertEquals(List.of(alices, bobs, bobs), completionsPublished(training), "late data republishes bob's result");
        JsonObject late = lastCompletion(training);
        assertEquals(1499, late.getJsonNumber("movingSeconds").longValue());
        assertEquals(8.0 * 70 * 1499 / 3600, late.getJsonNumber("calories").doubleValue(), 0.01, "calories follow the longer time");
        Database.awaitConsumed("account", training);
    }

    @Test
    void onlyThoseTakingPartUploadOrReadResults() {
        UUID secret = withBob("PRIVATE");
        assertEquals(404, samples(admin, secret, UUID.randomUUID(), 0, 10, 0.00003, null).status(), "a private training is invisible");
        assertEquals(404, admin.get(path(secret) + "/results").status());
        UUID open = withBob("PUBLIC");
        Reply stranger = samples(admin, open, UUID.randomUUID(), 0, 10, 0.00003, null);
        assertEquals(403, stranger.status(), () -> "a public training is visible, but a stranger records nothing: " + stranger);
        assertEquals(403, admin.get(path(open) + "/results").status());
        assertEquals(200, bob.get(path(open) + "/results").status());
        samples(bob, open, UUID.randomUUID(), 0, 10, 0.00003, 70.0);
        assertEquals(1, bob.get(path(open) + "/results").json().getJsonArray("results").size());
        assertEquals(200, alice.send("POST", path(open) + "/removals", "{\"subject\":\"" + bobs + "\"}").status());
        assertEquals(0, alice.get(path(open) + "/results").json().getJsonArray("results").size(), "one removed is off the table");
    }

    @Test
    void badSamplesAreRefusedAndNothingIsKept() {
        UUID training = withBob("PRIVATE");
        String batch = UUID.randomUUID().toString();
        for (String bad : new String[] {
                "{\"batchId\":\"" + batch + "\",\"samples\":[]}",
                "{\"batchId\":\"nope\",\"samples\":[{\"at\":\"2026-12-05T08:00:00Z\"}]}",
                "{\"batchId\":\"" + batch + "\",\"samples\":[{\"at\":\"2026-12-05T08:00:00Z\",\"heartRate\":999}]}",
                "{\"batchId\":\"" + batch + "\",\"samples\":[{\"at\":\"2026-12-05T08:00:00Z\",\"latitude\":45.0}]}",
                "{\"batchId\":\"" + batch + "\",\"samples\":[{\"at\":\"2026-12-05T08:00:00Z\",\"speed\":1e308}]}",
                "{\"batchId\":\"" + batch + "\",\"samples\":[{\"heartRate\":120}]}",
                "{\"batchId\":\"" + batch + "\",\"weightKg\":3,\"samples\":[{\"at\":\"2026-12-05T08:00:00Z\"}]}",
                "{\"batchId\":\"" + batch + "\",\"samples\":[" + "{\"at\":\"2026-12-05T08:00:00Z\"},".repeat(3600) + "{\"at\":\"2026-12-05T09:00:00Z\"}]}"}) {
            Reply reply = bob.send("POST", path(training) + "/samples", bad);
            assertEquals(400, reply.status(), () -> bad.substring(0, Math.min(200, bad.length())) + ": " + reply);
            assertEquals("application/problem+json", reply.contentType());
        }
        String week = "{\"batchId\":\"" + UUID.randomUUID() + "\",\"samples\":[{\"at\":\"2026-12-05T08:00:00Z\"},{\"at\":\"2026-12-13T08:00:00Z\"}]}";
        Reply tooLong = bob.send("POST", path(training) + "/samples", week);
        assertEquals(422, tooLong.status(), () -> "eight days of one activity: " + tooLong);
        assertEquals(0, Database.count("SELECT count(*) FROM training.recording_batch WHERE training_id = ?", training));
        assertEquals(0, Database.count("SELECT count(*) FROM training.sample WHERE training_id = ?", training));
        assertNull(Database.text("SELECT subject FROM training.result WHERE training_id = ?", training));
    }

    /** A run north from the equator: one sample a second from {@code from} to {@code to} s, {@code step}° a second. */
    private static Reply samples(Api who, UUID training, UUID batch, int from, int to, double step, Double weightKg) {
        StringBuilder body = new StringBuilder("{\"batchId\":\"" + batch + "\"" + (weightKg == null ? "" : ",\"weightKg\":" + weightKg)
                + ",\"samples\":[");
        for (int second = from; second < to; second++) {
            body.append(second == from ? "" : ",").append("{\"at\":\"").append(START.plusSeconds(second)).append("\",\"heartRate\":150,")
                    .append("\"latitude\":").append(second * step).append(",\"longitude\":0.0}");
        }
        return who.send("POST", path(training) + "/samples", body.append("]}").toString());
    }

    private UUID withBob(String visibility) {
        UUID id = UUID.randomUUID();
        assertEquals(201, alice.put(path(id), "{\"sport\":\"RUN\",\"title\":\"Results\",\"visibility\":\"" + visibility + "\"}").status());
        assertEquals(200, alice.send("POST", path(id) + "/invitations", "{\"subject\":\"" + bobs + "\"}").status());
        Reply joined = bob.put(path(id) + "/participation", "");
        assertEquals(200, joined.status(), joined::toString);
        return id;
    }

    private static List<String> completionsPublished(UUID training) {
        String athletes = Database.text("SELECT string_agg(subject, ',' ORDER BY seq) FROM training.outbox_event WHERE aggregate_id = ?"
                + " AND event_type = 'TrainingCompleted'", training.toString());
        return List.of(athletes.split(","));
    }

    private static JsonObject lastCompletion(UUID training) {
        String body = Database.text("SELECT body FROM training.outbox_event WHERE aggregate_id = ? AND event_type = 'TrainingCompleted'"
                + " ORDER BY seq DESC LIMIT 1", training.toString());
        return jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject().getJsonObject("data");
    }

    private static String path(UUID training) {
        return "/api/v1/training/trainings/" + training;
    }
}
