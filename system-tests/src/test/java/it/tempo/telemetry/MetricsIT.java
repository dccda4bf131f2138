package it.tempo.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import it.tempo.interaction.LiveClient;
import it.tempo.support.Api;
import it.tempo.support.Broker;
import it.tempo.support.Events;
import it.tempo.support.Eventually;
import it.tempo.support.Json;
import it.tempo.support.Sso;
import it.tempo.support.Stack;
import it.tempo.telemetry.OtlpReceiver.MetricPoint;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The metrics the dashboard and the alert rules read, as the servers export them over OTLP: per-endpoint request
 * duration with route and status, the event counters (published, consumed by outcome, redelivered, dead-lettered),
 * the outbox lag and dead rows of every schema, the dead-letter depth and the live connections. Counters are
 * cumulative, so each check compares with what was exported before the test acted.
 */
class MetricsIT {

    private static final Duration EXPORTED = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = "tempo.dlq::dlq.tempo.training.events";
    private final OtlpReceiver receiver = OtlpReceiver.shared();
    private final Api alice = Api.as("alice", Stack.gateway());

    @Test
    void requestsAreMeasuredPerEndpointWithTheirStatus() {
        UUID training = UUID.randomUUID();
        assertEquals(201, alice.put("/api/v1/training/trainings/" + training, Json.training("Measured run")).status());
        assertEquals(404, alice.get("/api/v1/training/trainings/" + UUID.randomUUID()).status());

        awaitPoint("http.server.request.duration", point -> point.service().equals("training-war")
                && point.attributes().getOrDefault("http.route", "").endsWith("/trainings/{id}")
                && "PUT".equals(point.attributes().get("http.request.method"))
                && "201".equals(point.attributes().get("http.response.status_code")) && point.count() >= 1);
        awaitPoint("http.server.request.duration", point -> point.service().equals("training-war")
                && point.attributes().getOrDefault("http.route", "").endsWith("/trainings/{id}")
                && "GET".equals(point.attributes().get("http.request.method"))
                && "404".equals(point.attributes().get("http.response.status_code")));
    }

    @Test
    void eventsPublishedAndConsumedAreCounted() {
        double published = value("tempo.events.published", "training-war", Map.of("event_type", "TrainingCompleted"));
        double applied = value("tempo.events.consumed", "account-war",
                Map.of("consumer", "account", "event_type", "TrainingCompleted", "outcome", "applied"));
        UUID training = UUID.randomUUID();
        assertEquals(201, alice.put("/api/v1/training/trainings/" + training, Json.training("Counted run")).status());
        assertEquals(200, alice.put("/api/v1/training/trainings/" + training + "/completion", Json.completion(2000, 600)).status());

        awaitAbove("tempo.events.published", "training-war", Map.of("event_type", "TrainingCompleted"), published);
        awaitAbove("tempo.events.consumed", "account-war",
                Map.of("consumer", "account", "event_type", "TrainingCompleted", "outcome", "applied"), applied);
        for (String schema : List.of("account", "training", "interaction")) {
            awaitPoint("tempo.outbox.lag", point -> point.service().equals(schema + "-war")
                    && schema.equals(point.attributes().get("outbox")) && point.value() >= 0);
            awaitPoint("tempo.outbox.dead_rows", point -> point.service().equals(schema + "-war")
                    && schema.equals(point.attributes().get("outbox")));
        }
    }

    @Test
    void redeliveriesDeadLettersAndTheDeadLetterDepthAreReported() {
        double redelivered = value("tempo.events.redelivered", "interaction-war", Map.of("consumer", "interaction"));
        double deadLettered = value("tempo.events.dead_lettered", "interaction-war", Map.of("consumer", "interaction"));
        String run = UUID.randomUUID().toString();
        // PostgreSQL refuses a NUL character in text: the notification can never be stored, so it is retried, then dead
        String event = Events.trainingCompleted(UUID.randomUUID(), "metrics-" + run, UUID.randomUUID(), "bad \\u0000 title",
                1000, 300, UUID.randomUUID());
        Broker.publish(Broker.TRAINING_EVENTS, event, Map.of("eventType", "TrainingCompleted", "eventVersion", 1, "testRun", run));

        awaitAbove("tempo.events.dead_lettered", "interaction-war", Map.of("consumer", "interaction"), deadLettered);
        awaitAbove("tempo.events.redelivered", "interaction-war", Map.of("consumer", "interaction"), redelivered);
        awaitPoint("tempo.dlq.depth", point -> point.service().equals("interaction-war")
                && "dlq.tempo.training.events".equals(point.attributes().get("queue")) && point.value() >= 1);
        for (String consumer : List.of("interaction", "account")) {
            assertNotNull(Broker.take(DEAD_LETTERS, "testRun = '" + run + "' AND deadLetterConsumer = '" + consumer + "'",
                    Duration.ofSeconds(30)), "the test takes its dead letters away again");
        }
    }

    @Test
    void openLiveChannelsAreCounted() {
        try (LiveClient bob = LiveClient.sse(Stack.gateway().resolve("/api/v1/interaction/live"), Sso.token("bob"), null)) {
            assertEquals(200, bob.status());
            awaitPoint("tempo.live.connections", point -> point.service().equals("interaction-war") && point.value() >= 1);
        }
    }

    private void awaitPoint(String metric, Predicate<MetricPoint> wanted) {
        Eventually.await(EXPORTED, () -> receiver.points(metric).stream().anyMatch(wanted),
                () -> "a point of " + metric + " as wanted among " + receiver.points(metric));
    }

    private void awaitAbove(String metric, String service, Map<String, String> attributes, double before) {
        Eventually.await(EXPORTED, () -> value(metric, service, attributes) > before,
                () -> metric + " " + attributes + " from " + service + " above " + before + ": " + receiver.points(metric));
    }

    /** The last exported value of the point with these attributes (and maybe others), 0 before its first export. */
    private double value(String metric, String service, Map<String, String> attributes) {
        return receiver.points(metric).stream()
                .filter(point -> point.service().equals(service) && point.attributes().entrySet().containsAll(attributes.entrySet()))
                .mapToDouble(MetricPoint::value).sum();
    }
}
