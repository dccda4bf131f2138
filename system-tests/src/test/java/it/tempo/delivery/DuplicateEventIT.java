package it.tempo.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.tempo.support.Api;
import it.tempo.support.Broker;
import it.tempo.support.Database;
import it.tempo.support.Eventually;
import it.tempo.support.Events;
import it.tempo.support.Json;
import it.tempo.support.Sso;
import it.tempo.support.Stack;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DuplicateEventIT {

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() {
        Api alice = Api.as("alice", Stack.gateway());
        UUID shoes = UUID.randomUUID();
        assertEquals(201, alice.put("/api/v1/account/gear/" + shoes, Json.shoes()).status());
        String athlete = Sso.subject("alice");
        UUID training = UUID.randomUUID();
        UUID duplicated = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        // one message group: the consumer takes the three in order, so once "next" (another training's completion) is
        // applied both copies were handled
        Map<String, Object> group = Map.of("JMSXGroupID", training.toString(), "eventType", "TrainingCompleted");
        String event = Events.trainingCompleted(duplicated, athlete, training, 2000, 600, shoes);
        Broker.publish(Broker.TRAINING_EVENTS, event, group);
        Broker.publish(Broker.TRAINING_EVENTS, event, group);
        Broker.publish(Broker.TRAINING_EVENTS, Events.trainingCompleted(next, athlete, UUID.randomUUID(), 3000, 900, shoes), group);

        Eventually.await(Duration.ofSeconds(30), () -> Database.count(
                        "SELECT count(*) FROM account.processed_event WHERE event_id = ?", next) == 1,
                () -> "the event after the duplicates was applied");
        var worn = alice.get("/api/v1/account/gear/" + shoes).json();
        assertEquals(2, worn.getInt("trainingsCount"), "two distinct events, the duplicate ignored");
        assertEquals(5000.0, worn.getJsonNumber("distanceMeters").doubleValue(), 0.001);
        assertEquals(1, Database.count("SELECT count(*) FROM account.processed_event WHERE event_id = ?", duplicated));
        assertEquals(1, Database.count("SELECT duplicates FROM account.processed_event WHERE event_id = ?", duplicated),
                "the inbox counted the duplicate it skipped");
    }
}
