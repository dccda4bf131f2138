package it.tempo.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Database;
import it.tempo.support.Eventually;
import it.tempo.support.Json;
import it.tempo.support.Reply;
import it.tempo.support.Stack;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SensorsIT {

    private static final String STRAP = """
            {"kind":"HEART_RATE","deviceId":"C8:3A:35:0B:12:9F","name":"Chest strap"}""";

    private final Api alice = Api.as("alice", Stack.gateway());
    private final Api bob = Api.as("bob", Stack.gateway());

    @Test
    void aSensorIsRegisteredRenamedAndRemovedAndEachIsPublished() {
        String path = "/api/v1/account/sensors/" + UUID.randomUUID();
        Reply registered = alice.put(path, STRAP);
        assertEquals(201, registered.status(), registered::toString);
        assertEquals("0x180D", registered.json().getString("bleService"));
        assertEquals(200, alice.put(path, STRAP).status(), "registering it again is harmless");
        assertEquals(428, alice.put(path, STRAP.replace("Chest strap", "Old strap")).status());
        Reply renamed = alice.put(path, STRAP.replace("Chest strap", "Old strap"), "If-Match", registered.header("ETag"));
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals(404, bob.get(path).status(), "another athlete's sensor does not exist for bob");

        assertEquals(204, alice.send("DELETE", path, "").status());
        assertEquals(404, alice.get(path).status());
        assertEquals(410, alice.put(path, STRAP).status(), "a removed sensor's id is not used again");
        String id = path.substring(path.lastIndexOf('/') + 1);
        assertEquals(2, Database.count("SELECT count(*) FROM account.outbox_event WHERE event_type = 'SensorRegistered' AND aggregate_id = ?", id),
                "registered, then renamed");
        assertEquals(1, Database.count("SELECT count(*) FROM account.outbox_event WHERE event_type = 'SensorRemoved' AND aggregate_id = ?", id));
    }

    @Test
    void aSensorListsTheTrainingsItRecordedOnceEach() {
        UUID strap = UUID.randomUUID();
        UUID bobsStrap = UUID.randomUUID();
        assertEquals(201, alice.put("/api/v1/account/sensors/" + strap, STRAP).status());
        assertEquals(201, bob.put("/api/v1/account/sensors/" + bobsStrap, STRAP).status());
        UUID training = UUID.randomUUID();
        Instant completedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        AccountApi.reportCompletion("alice", training, "RUN", completedAt, 5_000, 1_500, completedAt, List.of(), List.of(strap, bobsStrap));
        Eventually.await(Duration.ofSeconds(30), () -> trainingsOf(alice, strap).getInt("total") == 1, () -> "the strap recorded " + training);
        // a newer result of the same training (its uses are forgotten and recorded again), then the first report redelivered
        UUID corrected = AccountApi.reportCompletion("alice", training, "RUN", completedAt, 5_100, 1_500, completedAt.plusSeconds(10),
                List.of(), List.of(strap, bobsStrap));
        Eventually.await(Duration.ofSeconds(30), () -> Database.count("SELECT count(*) FROM account.processed_event WHERE event_id = ?", corrected) == 1,
                () -> "the corrected report consumed");
        assertEquals(1, Database.count("SELECT count(*) FROM account.completion WHERE training_id = ? AND distance_meters = 5100", training),
                "the corrected result is kept");

        JsonObject used = trainingsOf(alice, strap);
        assertEquals(1, used.getInt("total"), "reported twice, recorded once: " + used);
        assertEquals(training.toString(), used.getJsonArray("items").getJsonObject(0).getString("trainingId"));
        assertEquals(0, trainingsOf(bob, bobsStrap).getInt("total"), "alice's training cannot name bob's sensor");
    }

    @Test
    void aTrainingCompletedWithASensorThroughTheGatewayIsListedByIt() {
        UUID strap = UUID.randomUUID();
        assertEquals(201, alice.put("/api/v1/account/sensors/" + strap, STRAP).status());
        UUID training = UUID.randomUUID();
        assertEquals(201, alice.put("/api/v1/training/trainings/" + training, Json.training("With a strap")).status());
        Reply completed = alice.put("/api/v1/training/trainings/" + training + "/completion", """
                {"completedAt":"2026-11-22T07:52:00Z","distanceMeters":8000,"durationSeconds":2400,"sensorIds":["%s"]}"""
                .formatted(strap));
        assertEquals(200, completed.status(), completed::toString);
        assertEquals(strap.toString(), completed.json().getJsonObject("completion").getJsonArray("sensorIds").getString(0));
        Eventually.await(Duration.ofSeconds(30), () -> trainingsOf(alice, strap).getInt("total") == 1, () -> "the strap lists " + training);
        assertEquals(training.toString(), trainingsOf(alice, strap).getJsonArray("items").getJsonObject(0).getString("trainingId"));
    }

    @Test
    void badSensorsAreRefused() {
        for (String bad : List.of("{\"kind\":\"ANT_PLUS\",\"deviceId\":\"1234\",\"name\":\"x\"}",
                "{\"kind\":\"HEART_RATE\",\"deviceId\":\"has space\",\"name\":\"x\"}",
                "{\"kind\":\"HEART_RATE\",\"deviceId\":\"\",\"name\":\"x\"}",
                "{\"kind\":\"HEART_RATE\",\"deviceId\":\"1234\",\"name\":\"   \"}")) {
            Reply reply = alice.put("/api/v1/account/sensors/" + UUID.randomUUID(), bad);
            assertEquals(400, reply.status(), () -> bad + ": " + reply);
            assertTrue(reply.contentType().equals("application/problem+json"));
        }
        assertEquals(400, alice.get("/api/v1/account/sensors?cursor=nonsense").status());
        UUID strap = UUID.randomUUID();
        assertEquals(201, alice.put("/api/v1/account/sensors/" + strap, STRAP).status());
        for (String cursor : List.of("nonsense", "+999999999-01-01T00:00:00Z_" + UUID.randomUUID(), "2026-01-01T00:00:00Z_x")) {
            Reply reply = alice.get("/api/v1/account/sensors/" + strap + "/trainings?cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            assertEquals(400, reply.status(), () -> cursor + ": " + reply);
        }
    }

    private static JsonObject trainingsOf(Api athlete, UUID sensor) {
        return AccountApi.get(athlete, "/api/v1/account/sensors/" + sensor + "/trainings");
    }
}
