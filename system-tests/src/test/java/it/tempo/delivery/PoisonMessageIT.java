package it.tempo.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Broker;
import it.tempo.support.Database;
import it.tempo.support.Eventually;
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

/** Broker settings under test (stack/src/main/artemis/broker.xml): 5 attempts, 500 ms delay doubling each time. */
class PoisonMessageIT {

    private static final int MAX_DELIVERY_ATTEMPTS = Stack.number("TEMPO_BROKER_MAX_DELIVERY_ATTEMPTS", 5);
    private static final String DEAD_LETTERS = "tempo.dlq::dlq.tempo.training.events";
    private static final long FIRST_REDELIVERY_DELAY_MS = Stack.number("TEMPO_BROKER_REDELIVERY_DELAY_MS", 500);

    @Test
    void aMessageThatAlwaysFailsIsRetriedWithBackOffThenDeadLetteredWhileOthersFlow() throws Exception {
        String run = UUID.randomUUID().toString();
        String poisonId = Broker.publish(Broker.TRAINING_EVENTS, "this is not an event",
                Map.of("eventType", "TrainingCompleted", "eventVersion", 1, "testRun", run));

        UUID training = UUID.randomUUID();
        Api alice = Api.as("alice", Stack.gateway());
        assertEquals(201, alice.put("/api/v1/training/trainings/" + training, Json.training("Flows past the poison")).status());
        assertEquals(200, alice.put("/api/v1/training/trainings/" + training + "/completion", Json.completion(1000, 300)).status());
        Database.awaitConsumed("account", training);
        long consumedAt = System.currentTimeMillis();

        Eventually.await(Duration.ofSeconds(60), () -> failedAttempts(poisonId).size() == MAX_DELIVERY_ATTEMPTS,
                () -> MAX_DELIVERY_ATTEMPTS + " failed attempts recorded, got " + failedAttempts(poisonId).size());
        List<Attempt> attempts = failedAttempts(poisonId);
        assertTrue(consumedAt < attempts.get(attempts.size() - 1).at().getTime(),
                "a good message was applied while the poison was still being retried");
        for (int i = 0; i < attempts.size(); i++) {
            assertEquals(i + 1, attempts.get(i).deliveryAttempt(), "delivery attempts counted by the broker");
        }
        for (int i = 1; i < attempts.size(); i++) {
            long gap = attempts.get(i).at().getTime() - attempts.get(i - 1).at().getTime();
            long expected = FIRST_REDELIVERY_DELAY_MS << (i - 1);
            assertTrue(gap >= expected * 8 / 10, "retry " + i + " waited " + gap + " ms, back-off says " + expected + " ms");
        }

        TextMessage deadLetter = Broker.take(DEAD_LETTERS, deadLetterOf(run, "tempo.training.events.account"), Duration.ofSeconds(15));
        assertNotNull(deadLetter, "the poison message sits on the dead-letter queue for an operator");
        assertEquals("this is not an event", deadLetter.getText());
        assertNotNull(Broker.take(DEAD_LETTERS, deadLetterOf(run, "tempo.training.events.interaction"), Duration.ofSeconds(15)),
                "interaction-war dead-lettered its copy too");
    }

    /** The dead letters of one event address, whichever consumer gave up (the _AMQ_ORIG_QUEUE property says). */
    private static String deadLetterOf(String run, String queue) {
        return "testRun = '" + run + "' AND _AMQ_ORIG_QUEUE = '" + queue + "'";
    }

    private static List<Attempt> failedAttempts(String messageId) {
        try (Connection connection = Stack.database(); PreparedStatement query = connection.prepareStatement(
                "SELECT delivery_attempt, failed_at FROM account.delivery_failure WHERE message_id = ? ORDER BY failed_at")) {
            query.setString(1, messageId);
            List<Attempt> attempts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    attempts.add(new Attempt(rows.getInt(1), rows.getTimestamp(2)));
                }
            }
            return attempts;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private record Attempt(int deliveryAttempt, Timestamp at) {
    }

}
