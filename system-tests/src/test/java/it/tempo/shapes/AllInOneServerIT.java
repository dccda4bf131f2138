package it.tempo.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.interaction.LiveClient;
import it.tempo.interaction.Social;
import it.tempo.support.Api;
import it.tempo.support.Eventually;
import it.tempo.support.Json;
import it.tempo.support.Reply;
import it.tempo.support.Sso;
import it.tempo.support.Stack;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three WARs, unchanged, in one Liberty server (./tempo start all-in-one) next to the stack's database and
 * broker. It joins the per-WAR servers as one more replica of each consumer, as a mixed deployment would.
 */
class AllInOneServerIT {

    @BeforeAll
    static void startTheAllInOneServer() {
        Stack.tempo("start", "all-in-one");
    }

    @AfterAll
    static void stopIt() {
        Stack.tempo("stop", "all-in-one");
    }

    @Test
    void oneServerRunsTheWholeSliceWithEveryCheckUp() {
        Reply health = Api.anonymous(Stack.allInOne()).get("/health");
        assertEquals(200, health.status(), health::toString);
        long databaseChecks = health.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database")).count();
        assertEquals(3, databaseChecks, "each of the three applications reports its own database check: " + health);

        Api alice = Api.as("alice", Stack.allInOne());
        UUID shoes = UUID.randomUUID();
        UUID training = UUID.randomUUID();
        assertEquals(201, alice.put("/api/v1/account/gear/" + shoes, Json.shoes()).status());
        assertEquals(201, alice.put("/api/v1/training/trainings/" + training, Json.training("One server")).status());
        assertEquals(200, alice.put("/api/v1/training/trainings/" + training + "/completion",
                Json.completion(7000, 2100, shoes)).status());

        Eventually.await(Duration.ofSeconds(30),
                () -> alice.get("/api/v1/account/gear/" + shoes).json().getInt("trainingsCount") == 1,
                () -> "the shoes were worn");
        Eventually.await(Duration.ofSeconds(30), () -> alice.get("/api/v1/interaction/notifications?limit=100").json()
                        .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(item -> training.toString().equals(item.getString("referenceId", null))),
                () -> "alice was notified");
        assertTrue(alice.get("/openapi").status() == 200, "the merged OpenAPI document is served");
    }

    /**
     * Live delivery across replicas: a client connected to one interaction-war (the all-in-one server's) receives what
     * another (the interaction server) wrote, and the other way round, the broker carrying the signal between them.
     */
    @Test
    void liveClientsOnEitherReplicaReceiveWhatTheOtherWrote() {
        Social.profile("alice", Social.nickname("alice"), "PUBLIC");
        Social.profile("bob", Social.nickname("bob"), "PUBLIC");
        String chat = Social.befriend("alice", "bob");
        String messages = Social.INTERACTION + "/chats/" + chat + "/messages";
        Duration promptly = Duration.ofSeconds(3); // well below the heartbeat (15 s), which also re-reads the feed
        try (LiveClient bobOnAllInOne = LiveClient.sse(Stack.allInOne().resolve(Social.INTERACTION + "/live"), Sso.token("bob"), null);
             LiveClient aliceOnInteraction = LiveClient.sse(Stack.interaction().resolve(Social.INTERACTION + "/live"), Sso.token("alice"), null)) {
            bobOnAllInOne.await(frame -> frame.event().equals("ready"), promptly, "bob's ready event");
            aliceOnInteraction.await(frame -> frame.event().equals("ready"), promptly, "alice's ready event");
            long sent = System.nanoTime();
            String toBob = Api.as("alice", Stack.interaction()).send("POST", messages, Social.message("from the interaction server"))
                    .json().getString("id");
            LiveClient.Frame received = bobOnAllInOne.await(frame -> frame.data().contains(toBob), promptly, "alice's message on the other replica");
            String toAlice = Api.as("bob", Stack.allInOne()).send("POST", messages, Social.message("from the all-in-one server"))
                    .json().getString("id");
            aliceOnInteraction.await(frame -> frame.data().contains(toAlice), promptly, "bob's message on the other replica");
            System.out.printf("live delivery across replicas (request sent -> event on the other replica): %d ms%n",
                    (received.receivedAtNanos() - sent) / 1_000_000);
        }
    }
}
