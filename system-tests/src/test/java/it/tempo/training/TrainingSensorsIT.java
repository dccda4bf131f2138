package it.tempo.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Eventually;
import it.tempo.support.Reply;
import it.tempo.support.Sso;
import it.tempo.support.Stack;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sensors on trainings: a strap registered in account reaches training-war through the broker (account's
 * SensorRegistered on training-war's own queue), its owner attaches it, a removal in account shows; nobody attaches a
 * sensor that is not theirs, and the refusal is the same for another's sensor and for none.
 */
class TrainingSensorsIT {

    private static final String STRAP = "{\"kind\":\"HEART_RATE\",\"deviceId\":\"C8:3A:35:0B:12:9F\",\"name\":\"Chest strap\"}";

    private final Api alice = Api.as("alice", Stack.gateway());
    private final Api bob = Api.as("bob", Stack.gateway());
    private final Api admin = Api.as("admin", Stack.gateway());

    @Test
    void aRegisteredSensorIsAttachedAndItsRemovalShows() {
        UUID strap = UUID.randomUUID();
        assertEquals(201, alice.put("/api/v1/account/sensors/" + strap, STRAP).status());
        UUID training = withBob();
        Eventually.await(Duration.ofSeconds(30), () -> attach(alice, training, strap).status() == 200,
                () -> "training-war learned of alice's new strap");
        List<JsonObject> attached = sensorsOf(alice, training);
        assertEquals(1, attached.size());
        assertEquals("HEART_RATE", attached.get(0).getString("kind"));
        assertEquals("Chest strap", attached.get(0).getString("name"));
        assertEquals(Sso.subject("alice"), attached.get(0).getString("subject"));
        assertEquals(1, sensorsOf(bob, training).size(), "bob, who joined, sees what is attached");

        Reply bobs = attach(bob, training, strap);
        Reply nobodys = attach(bob, training, UUID.randomUUID());
        assertEquals(422, bobs.status(), bobs::toString);
        assertEquals(nobodys.status(), bobs.status());
        assertEquals(nobodys.json().get("errors"), bobs.json().get("errors"), "alice's sensor is refused to bob as no sensor at all");

        assertEquals(204, alice.send("DELETE", "/api/v1/account/sensors/" + strap, "").status());
        Eventually.await(Duration.ofSeconds(30), () -> sensorsOf(alice, training).get(0).getBoolean("removed"),
                () -> "training-war learned that the strap was removed");
        assertEquals(422, attach(alice, training, strap).status(), "a removed sensor is attached no more");
        assertEquals(200, alice.put(path(training) + "/sensors", "{\"sensorIds\":[]}").status(), "an empty list detaches hers");
        assertTrue(sensorsOf(alice, training).isEmpty());
    }

    @Test
    void onlyThoseTakingPartAttachOrSee() {
        UUID training = withBob();
        assertEquals(404, admin.get(path(training) + "/sensors").status(), "a private training is invisible");
        assertEquals(404, attach(admin, training, UUID.randomUUID()).status());
        UUID open = UUID.randomUUID();
        assertEquals(201, alice.put(path(open), "{\"sport\":\"RIDE\",\"title\":\"Open\",\"visibility\":\"PUBLIC\"}").status());
        assertEquals(403, admin.get(path(open) + "/sensors").status());
        String eleven = "\"" + String.join("\",\"", java.util.Collections.nCopies(11, UUID.randomUUID().toString())) + "\"";
        for (String bad : new String[] {"{}", "{\"sensorIds\":null}", "{\"sensorIds\":[\"nope\"]}", "{\"sensorIds\":[" + eleven + "]}"}) {
            Reply reply = alice.put(path(training) + "/sensors", bad);
            assertEquals(400, reply.status(), () -> bad + ": " + reply);
            assertEquals("application/problem+json", reply.contentType());
        }
    }

    private static Reply attach(Api who, UUID training, UUID sensor) {
        return who.put(path(training) + "/sensors", "{\"sensorIds\":[\"" + sensor + "\"]}");
    }

    private static List<JsonObject> sensorsOf(Api who, UUID training) {
        Reply reply = who.get(path(training) + "/sensors");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("sensors").getValuesAs(JsonObject.class);
    }

    private UUID withBob() {
        UUID id = UUID.randomUUID();
        assertEquals(201, alice.put(path(id), "{\"sport\":\"RUN\",\"title\":\"Sensors\"}").status());
        assertEquals(200, alice.send("POST", path(id) + "/invitations", "{\"subject\":\"" + Sso.subject("bob") + "\"}").status());
        assertEquals(200, bob.put(path(id) + "/participation", "").status());
        return id;
    }

    private static String path(UUID training) {
        return "/api/v1/training/trainings/" + training;
    }
}
