package it.tempo.slice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Database;
import it.tempo.support.Eventually;
import it.tempo.support.Json;
import it.tempo.support.Reply;
import it.tempo.support.Stack;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrainingSliceIT {

    private final Api alice = Api.as("alice", Stack.gateway());

    @Test
    void completingATrainingWearsTheShoesAndNotifiesTheAthleteOnce() {
        UUID shoes = UUID.randomUUID();
        UUID training = UUID.randomUUID();
        assertEquals(201, alice.put("/api/v1/account/gear/" + shoes, Json.shoes()).status());
        assertEquals(201, alice.put("/api/v1/training/trainings/" + training, Json.training("Intervals")).status());

        Reply completed = alice.put("/api/v1/training/trainings/" + training + "/completion", Json.completion(10250, 3050, shoes));
        assertEquals(200, completed.status(), completed::toString);
        assertEquals("COMPLETED", completed.json().getString("status"));
        Reply replayed = alice.put("/api/v1/training/trainings/" + training + "/completion", Json.completion(10250, 3050, shoes));
        assertEquals(200, replayed.status(), "a replayed completion is accepted");
        assertEquals(completed.header("ETag"), replayed.header("ETag"), "a replayed completion changes nothing");

        Eventually.await(Duration.ofSeconds(30), () -> gear(shoes).getInt("trainingsCount") == 1,
                () -> "shoes wear from the completion: " + gear(shoes));
        JsonObject worn = gear(shoes);
        assertEquals(10250.0, worn.getJsonNumber("distanceMeters").doubleValue(), 0.001);
        assertEquals(3050, worn.getJsonNumber("durationSeconds").longValue());

        Eventually.await(Duration.ofSeconds(30), () -> notificationFor(training) != null,
                () -> "a notification about training " + training);
        assertTrue(notificationFor(training).getString("text").contains("10.25 km"), "the notification tells the distance");
    }

    @Test
    void aPutIsRepeatableAndAChangeNeedsTheCurrentETag() {
        String path = "/api/v1/training/trainings/" + UUID.randomUUID();
        Reply created = alice.put(path, Json.training("Long run"));
        assertEquals(201, created.status(), created::toString);
        assertEquals("\"1\"", created.header("ETag"));

        Reply repeated = alice.put(path, Json.training("Long run"));
        assertEquals(200, repeated.status(), "repeating the create is harmless");
        assertEquals("\"1\"", repeated.header("ETag"), "and changes nothing");
        assertEquals("\"1\"", alice.get(path).header("ETag"));

        Reply withoutIfMatch = alice.put(path, Json.training("Longer run"));
        assertEquals(428, withoutIfMatch.status(), "changing needs If-Match");
        assertEquals("application/problem+json", withoutIfMatch.contentType());

        Reply changed = alice.put(path, Json.training("Longer run"), "If-Match", "\"1\"");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("\"2\"", changed.header("ETag"));
        assertEquals("Longer run", alice.get(path).json().getString("title"));

        Reply stale = alice.put(path, Json.training("Easy run"), "If-Match", "\"1\"");
        assertEquals(412, stale.status(), "a stale If-Match loses");
        assertEquals("application/problem+json", stale.contentType());
        assertEquals("\"2\"", stale.header("ETag"));
        assertEquals("Longer run", stale.json().getJsonObject("current").getString("title"),
                "the 412 carries the current state for the client to merge");

        Reply staleReplay = alice.put(path, Json.training("Longer run"), "If-Match", "\"1\"");
        assertEquals(200, staleReplay.status(), "replaying a change that already took effect is harmless");
    }

    @Test
    void anotherAthletesTrainingAndGearDoNotExistForYou() {
        UUID training = UUID.randomUUID();
        UUID shoes = UUID.randomUUID();
        assertEquals(201, alice.put("/api/v1/training/trainings/" + training, Json.training("Mine")).status());
        assertEquals(201, alice.put("/api/v1/account/gear/" + shoes, Json.shoes()).status());
        Api bob = Api.as("bob", Stack.gateway());

        assertEquals(404, bob.get("/api/v1/training/trainings/" + training).status());
        assertEquals(404, bob.put("/api/v1/training/trainings/" + training, Json.training("Mine now"), "If-Match", "\"1\"").status());
        assertEquals(404, bob.put("/api/v1/training/trainings/" + training, Json.training("Mine now")).status());
        assertEquals(404, bob.put("/api/v1/training/trainings/" + training + "/completion", Json.completion(1, 1)).status());
        assertEquals(404, bob.get("/api/v1/account/gear/" + shoes).status());
        assertEquals(404, bob.put("/api/v1/account/gear/" + shoes, Json.shoes()).status());
        assertEquals("Mine", alice.get("/api/v1/training/trainings/" + training).json().getString("title"),
                "nothing of bob's reached alice's training");
    }

    @Test
    void gearUsedInAnotherAthletesCompletionIsNotWorn() {
        UUID alicesShoes = UUID.randomUUID();
        UUID bobsTraining = UUID.randomUUID();
        assertEquals(201, alice.put("/api/v1/account/gear/" + alicesShoes, Json.shoes()).status());
        Api bob = Api.as("bob", Stack.gateway());
        assertEquals(201, bob.put("/api/v1/training/trainings/" + bobsTraining, Json.training("Bob's")).status());
        assertEquals(200, bob.put("/api/v1/training/trainings/" + bobsTraining + "/completion",
                Json.completion(5000, 1500, alicesShoes)).status());

        Database.awaitConsumed("account", bobsTraining);
        assertEquals(0, gear(alicesShoes).getInt("trainingsCount"), "bob cannot wear alice's shoes");
    }

    private JsonObject gear(UUID id) {
        return alice.get("/api/v1/account/gear/" + id).json();
    }

    private JsonObject notificationFor(UUID training) {
        return notificationOf(alice, training);
    }

    private static JsonObject notificationOf(Api athlete, UUID training) {
        return athlete.get("/api/v1/interaction/notifications?limit=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(item -> training.toString().equals(item.getString("referenceId", null)))
                .findFirst().orElse(null);
    }
}
