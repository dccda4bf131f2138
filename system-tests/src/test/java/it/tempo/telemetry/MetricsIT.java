package it.tempo.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import it.tempo.interaction.LiveClient;
import it.tempo.support.Api;
import it.tempo.support.Broker;
import it.tempo.support.Database;
import it.tempo.support.Events;
import it.tempo.support.Eventually;
import it.tempo.support.Json;
import it.tempo.support.Sso;
import it.tempo.support.Stack;
import it.tempo.telemetry.OtlpReceiver.MetricPoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The metrics the dashboard and the alert rules read, as the servers export them over OTLP: per-endpoint request
 * duration with route and status, the event counters (published, consumed by outcome, redelivered, dead-lettered),
 * the outbox lag and dead rows, the dead-letter depth and the live connections. Counters are cumulative and other
 * tests move them too, so each check starts from a settled value — one the server collected after the check began,
 * which holds everything counted before — and asks for more than that after its own act.
 */
class MetricsIT {

    private static final Duration EXPORTED = Duration.ofSeconds(60);
    private static final String DEAD_LETTERS = "tempo.dlq::dlq.tempo.training.events";
    private static final int MAX_ATTEMPTS = Stack.number("TEMPO_CONSUMER_MAX_ATTEMPTS", 5);
    private final OtlpReceiver receiver = OtlpReceiver.shared();
    private final Api alice = Api.as("alice", Stack.gateway());

    @Test
    void requestsAreMeasuredPerEndpointWithTheirStatus() {
        double created = settled("http.server.request.duration", "training-war", Map.of("http.request.method", "PUT",
                "http.response.status_code", "201"), point -> point.attributes().getOrDefault("http.route", "").endsWith("/trainings/{id}"), true);
        double missing = settled("http.server.request.duration", "training-war", Map.of("http.request.method", "GET",
                "http.response.status_code", "404"), point -> point.attributes().getOrDefault("http.route", "").endsWith("/trainings/{id}"), true);
        assertEquals(201, alice.put("/api/v1/training/trainings/" + UUID.randomUUID(), Json.training("Measured run")).status());
        assertEquals(404, alice.get("/api/v1/training/trainings/" + UUID.randomUUID()).status());

        awaitAbove("http.server.request.duration", "training-war", Map.of("http.request.method", "PUT", "http.response.status_code", "201"),
                point -> point.attributes().getOrDefault("http.route", "").endsWith("/trainings/{id}"), true, created);
        awaitAbove("http.server.request.duration", "training-war", Map.of("http.request.method", "GET", "http.response.status_code", "404"),
                point -> point.attributes().getOrDefault("http.route", "").endsWith("/trainings/{id}"), true, missing);
    }

    @Test
    void eventsPublishedAndConsumedAreCounted() {
        Map<String, String> completions = Map.of("event_type", "TrainingCompleted");
        Map<String, String> applied = Map.of("consumer", "account", "event_type", "TrainingCompleted", "outcome", "applied");
        double publishedBefore = settled("tempo.events.published", "training-war", completions);
        double appliedBefore = settled("tempo.events.consumed", "account-war", applied);
        UUID training = UUID.randomUUID();
        assertEquals(201, alice.put("/api/v1/training/trainings/" + training, Json.training("Counted run")).status());
        assertEquals(200, alice.put("/api/v1/training/trainings/" + training + "/completion", Json.completion(2000, 600)).status());

        awaitAbove("tempo.events.published", "training-war", completions, point -> true, false, publishedBefore);
        awaitAbove("tempo.events.consumed", "account-war", applied, point -> true, false, appliedBefore);
    }

    /**
     * A row written an hour ago and claimed for the next hour (as by a replica that died holding it) makes an hour of
     * lag; a dead row is counted: the gauge comes to the count the database gives.
     */
    @Test
    void anOutboxRowWaitingAnHourIsLagAndADeadRowIsCounted() throws SQLException {
        UUID waiting = UUID.randomUUID();
        UUID dead = UUID.randomUUID();
        try (Connection database = Stack.database()) {
            insertRow(database, waiting, "now() + interval '1 hour'", "NULL");
            insertRow(database, dead, "NULL", "now()");
            awaitPoint("tempo.outbox.lag", point -> point.service().equals("training-war")
                    && "training".equals(point.attributes().get("outbox")) && point.value() >= 3000);
            long deadRows = Database.count("SELECT count(*) FROM training.outbox_event WHERE dead_at IS NOT NULL");
            awaitPoint("tempo.outbox.dead_rows", point -> point.service().equals("training-war")
                    && "training".equals(point.attributes().get("outbox")) && point.value() == deadRows);
        } finally {
            try (Connection database = Stack.database();
                 PreparedStatement delete = database.prepareStatement("DELETE FROM training.outbox_event WHERE event_id IN (?, ?)")) {
                delete.setObject(1, waiting);
                delete.setObject(2, dead);
                assertEquals(2, delete.executeUpdate(), "the test's two rows are gone again");
            }
        }
        for (String schema : List.of("account", "interaction")) { // reported by every WAR for its own schema
            awaitPoint("tempo.outbox.lag", point -> point.service().equals(schema + "-war") && schema.equals(point.attributes().get("outbox")));
        }
    }

    @Test
    void redeliveriesDeadLettersAndTheDeadLetterDepthAreReported() {
        Map<String, String> interaction = Map.of("consumer", "interaction");
        Map<String, String> queue = Map.of("queue", "dlq.tempo.training.events");
        double redelivered = settled("tempo.events.redelivered", "interaction-war", interaction);
        double deadLettered = settled("tempo.events.dead_lettered", "interaction-war", interaction);
        String run = UUID.randomUUID().toString();
        // PostgreSQL refuses a NUL character in text: the notification can never be stored, so it is retried, then dead
        String event = Events.trainingCompleted(UUID.randomUUID(), "metrics-" + run, UUID.randomUUID(), "bad \\u0000 title",
                1000, 300, UUID.randomUUID());
        Broker.publish(Broker.TRAINING_EVENTS, event, Map.of("eventType", "TrainingCompleted", "eventVersion", 1, "testRun", run));
        try {
            awaitAbove("tempo.events.dead_lettered", "interaction-war", interaction, point -> true, false, deadLettered);
            // every delivery after the first of the consumer's attempts is a redelivery
            awaitAbove("tempo.events.redelivered", "interaction-war", interaction, point -> true, false, redelivered + MAX_ATTEMPTS - 2);
            Eventually.await(EXPORTED, () -> Broker.messageCount("dlq.tempo.training.events") >= 2, () -> "both consumers' dead letters");
            long depth = Broker.messageCount("dlq.tempo.training.events");
            awaitPoint("tempo.dlq.depth", point -> point.service().equals("interaction-war")
                    && queue.equals(point.attributes()) && point.value() == depth);
        } finally {
            for (String consumer : List.of("interaction", "account")) {
                assertNotNull(Broker.take(DEAD_LETTERS, "testRun = '" + run + "' AND deadLetterConsumer = '" + consumer + "'",
                        Duration.ofSeconds(60)), "the test takes its dead letters away again");
            }
        }
    }

    @Test
    void openLiveChannelsAreCounted() {
        double open = settled("tempo.live.connections", "interaction-war", Map.of());
        try (LiveClient bob = LiveClient.sse(Stack.gateway().resolve("/api/v1/interaction/live"), Sso.token("bob"), null)) {
            assertEquals(200, bob.status());
            awaitAbove("tempo.live.connections", "interaction-war", Map.of(), point -> true, false, open);
        }
    }

    private static void insertRow(Connection database, UUID id, String claimedUntil, String deadAt) throws SQLException {
        try (PreparedStatement insert = database.prepareStatement("""
                INSERT INTO training.outbox_event (event_id, destination, event_type, event_version, occurred_at, subject,
                                                   aggregate_id, body, claimed_until, dead_at)
                VALUES (?, 'jms/training/events', 'MetricsProbe', 1, ?, 'metrics-it', ?, '{}', %s, %s)"""
                .formatted(claimedUntil, deadAt))) {
            insert.setObject(1, id);
            insert.setObject(2, Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS)));
            insert.setString(3, id.toString());
            insert.executeUpdate();
        }
    }

    private double settled(String metric, String service, Map<String, String> attributes) {
        return settled(metric, service, attributes, point -> true, false);
    }

    /** The value (or a histogram's count) the service collected after now: everything counted before is in it. */
    private double settled(String metric, String service, Map<String, String> attributes, Predicate<MetricPoint> also, boolean count) {
        long now = Instant.now().toEpochMilli() * 1_000_000;
        Eventually.await(EXPORTED, () -> receiver.lastCollected(service) > now, () -> "an export of " + service + " after the test began");
        return value(metric, service, attributes, also, count);
    }

    private void awaitPoint(String metric, Predicate<MetricPoint> wanted) {
        Eventually.await(EXPORTED, () -> receiver.points(metric).stream().anyMatch(wanted),
                () -> "a point of " + metric + " as wanted among " + receiver.points(metric));
    }

    private void awaitAbove(String metric, String service, Map<String, String> attributes, Predicate<MetricPoint> also,
                            boolean count, double before) {
        Eventually.await(EXPORTED, () -> value(metric, service, attributes, also, count) > before,
                () -> metric + " " + attributes + " from " + service + " above " + before + ": " + receiver.points(metric));
    }

    private double value(String metric, String service, Map<String, String> attributes, Predicate<MetricPoint> also, boolean count) {
        return receiver.points(metric).stream()
                .filter(point -> point.service().equals(service) && point.attributes().entrySet().containsAll(attributes.entrySet()))
                .filter(also)
                .mapToDouble(point -> count ? point.count() : point.value()).sum();
    }
}
