package it.tempo.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.tempo.support.Api;
import it.tempo.support.Json;
import it.tempo.support.Reply;
import it.tempo.support.Stack;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Planned → in progress → completed, or cancelled, through the gateway; final states stay final. */
class LifecycleIT {

    private final Api alice = Api.as("alice", Stack.gateway());

    @Test
    void aStartedTrainingIsCompletedAndThenStaysCompleted() {
        String training = planned();
        Reply started = status(training, "IN_PROGRESS");
        assertEquals(200, started.status(), started::toString);
        assertEquals("IN_PROGRESS", started.json().getString("status"));
        Reply again = status(training, "IN_PROGRESS");
        assertEquals(200, again.status(), "starting again is harmless");
        assertEquals(started.header("ETag"), again.header("ETag"), "and changes nothing");
        assertEquals(409, alice.put(path(training), Json.training("Renamed"), "If-Match", started.header("ETag")).status(),
                "a running training is not re-planned");

        Reply completed = alice.put(path(training) + "/completion", Json.completion(8000, 2400));
        assertEquals(200, completed.status(), completed::toString);
        assertEquals("COMPLETED", completed.json().getString("status"));
        Reply cancel = status(training, "CANCELLED");
        assertEquals(409, cancel.status(), cancel::toString);
        assertEquals("application/problem+json", cancel.contentType());
        assertEquals(409, status(training, "IN_PROGRESS").status());
    }

    @Test
    void aCancelledTrainingStaysCancelled() {
        String training = planned();
        Reply cancelled = status(training, "CANCELLED");
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals(409, alice.put(path(training) + "/completion", Json.completion(8000, 2400)).status());
        assertEquals(409, status(training, "IN_PROGRESS").status());
        assertEquals(200, status(training, "CANCELLED").status(), "cancelling again is harmless");
        assertEquals("CANCELLED", alice.get(path(training)).json().getString("status"));
    }

    @Test
    void statusChangesAreCheckedAndOwned() {
        String training = planned();
        for (String bad : new String[] {"{\"status\":\"COMPLETED\"}", "{\"status\":\"PLANNED\"}", "{\"status\":\"running\"}", "{}"}) {
            Reply reply = alice.put(path(training) + "/status", bad);
            assertEquals(400, reply.status(), () -> bad + ": " + reply);
        }
        assertEquals(412, alice.put(path(training) + "/status", "{\"status\":\"IN_PROGRESS\"}", "If-Match", "\"7\"").status(),
                "a stale If-Match is refused");
        Api bob = Api.as("bob", Stack.gateway());
        assertEquals(404, bob.put(path(training) + "/status", "{\"status\":\"CANCELLED\"}").status());
        assertEquals("PLANNED", alice.get(path(training)).json().getString("status"), "nothing changed");
    }

    private Reply status(String training, String status) {
        return alice.put(path(training) + "/status", "{\"status\":\"" + status + "\"}");
    }

    private String planned() {
        String id = UUID.randomUUID().toString();
        assertEquals(201, alice.put(path(id), Json.training("Lifecycle")).status());
        return id;
    }

    private static String path(String training) {
        return "/api/v1/training/trainings/" + training;
    }
}
