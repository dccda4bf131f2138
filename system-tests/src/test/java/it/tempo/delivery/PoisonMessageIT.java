package it.tempo.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Broker;
import it.tempo.support.Database;
import it.tempo.support.Eventually;
import it.tempo.support.Events;
import it.tempo.support.Json;
import it.tempo.support.Stack;
import jakarta.jms.TextMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * F8. What goes to the dead-letter address and when: an event that can never be applied at once; an event whose
 * effect keeps failing after tempo.consumer.max-attempts tries with the broker's back-off (500 ms, doubling).
 */
class PoisonMessageIT {

    private static final int MAX_ATTEMPTS = Stack.number("TEMPO_CONSUMER_MAX_ATTEMPTS", 5);
    private static final String DEAD_LETTERS = "tempo.dlq::dlq.tempo.training.events";
    private static final long FIRST_REDELIVERY_DELAY_MS = Stack.number("TEMPO_BROKER_REDELIVERY_DELAY_MS", 500);

    @Test
    void aMalformedMessageIsDeadLetteredAtOnceWhileOthersFlow() throws Exception {
        String run = UUID.randomUUID().toString();
        String poisonId = Broker.publish(Broker.TRAINING_EVENTS, "this is not an event",
                Map.of("eventType", "TrainingCompleted", "eventVersion", 1, "testRun", run));

        UUID training = UUID.randomUUID();
        Api alice = Api.as("alice", Stack.gateway());
        assertEquals(201, alice.put("/api/v1/training/trainings/" + training, Json.training("Flows past the poison")).status());
        assertEquals(200, alice.put("/api/v1/training/trainings/" + training + "/completion", Json.completion(1000, 300)).status());
        Database.awaitConsumed("account", training);

        for (String consumer : List.of("account", "interaction")) {
            TextMessage deadLetter = Broker.take(DEAD_LETTERS, deadLetterOf(run, consumer), Duration.ofSeconds(15));
            assertNotNull(deadLetter, consumer + "'s copy sits on the dead-letter queue for an operator");
            assertEquals("this is not an event", deadLetter.getText());
            assertEquals(Broker.TRAINING_EVENTS + "." + consumer, deadLetter.getStringProperty("_AMQ_ORIG_QUEUE"),
                    "Artemis' retryMessages can send it back to the consumer's queue");
            List<Attempt> attempts = failedAttempts(consumer, poisonId);
            assertEquals(1, attempts.size(), consumer + " tried it once, not " + MAX_ATTEMPTS + " times");
            assertEquals("UNUSABLE", attempts.get(0).kind());
        }
    }

    @Test
    void anEventWhoseEffectKeepsFailingIsRetriedWithBackOffTheConfiguredTimesThenDeadLettered() throws Exception {
        String run = UUID.randomUUID().toString();
        // PostgreSQL refuses a NUL character in text: interaction's notification can never be stored
        String event = Events.trainingCompleted(UUID.randomUUID(), "poison-" + run, UUID.randomUUID(), "bad \\u0000 title",
                1000, 300, UUID.randomUUID());
        String messageId = Broker.publish(Broker.TRAINING_EVENTS, event,
                Map.of("eventType", "TrainingCompleted", "eventVersion", 1, "testRun", run));

        Eventually.await(Duration.ofSeconds(60), () -> failedAttempts("interaction", messageId).size() == MAX_ATTEMPTS,
                () -> MAX_ATTEMPTS + " failed attempts recorded, got " + failedAttempts("interaction", messageId).size());
        TextMessage deadLetter = Broker.take(DEAD_LETTERS, deadLetterOf(run, "interaction"), Duration.ofSeconds(15));
        assertNotNull(deadLetter, "dead-lettered after the last attempt");
        Thread.sleep((FIRST_REDELIVERY_DELAY_MS << (MAX_ATTEMPTS - 1)) + 1000); // past when a sixth try would come
        assertEquals(MAX_ATTEMPTS, failedAttempts("interaction", messageId).size(), "and not tried again");

        List<Attempt> attempts = failedAttempts("interaction", messageId);
        for (int i = 0; i < attempts.size(); i++) {
            assertEquals(i + 1, attempts.get(i).deliveryAttempt(), "delivery attempts counted by the broker");
            assertEquals("UNEXPECTED", attempts.get(i).kind());
        }
        for (int i = 1; i < attempts.size(); i++) {
            long gap = attempts.get(i).at().getTime() - attempts.get(i - 1).at().getTime();
            long expected = FIRST_REDELIVERY_DELAY_MS << (i - 1);
            assertTrue(gap >= expected * 8 / 10, "retry " + i + " waited " + gap + " ms, back-off says " + expected + " ms");
        }
        // account-war keeps the title too (its list of trainings): it fails the same way, on its own queue and count
        assertEquals(MAX_ATTEMPTS, failedAttempts("account", messageId).size(), "account-war tried it as often");
        assertNotNull(Broker.take(DEAD_LETTERS, deadLetterOf(run, "account"), Duration.ofSeconds(15)), "and dead-lettered its copy");
    }

    private static String deadLetterOf(String run, String consumer) {
        return "testRun = '" + run + "' AND deadLetterConsumer = '" + consumer + "'";
    }

    private static List<Attempt> failedAttempts(String consumer, String messageId) {
        try (Connection connection = Stack.database(); PreparedStatement query = connection.prepareStatement(
                "SELECT delivery_attempt, failed_at, kind FROM " + consumer + ".delivery_failure WHERE message_id = ? ORDER BY failed_at")) {
            query.setString(1, messageId);
            List<Attempt> attempts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    attempts.add(new Attempt(rows.getInt(1), rows.getTimestamp(2), rows.getString(3)));
                }
            }
            return attempts;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private record Attempt(int deliveryAttempt, Timestamp at, String kind) {
    }
}
