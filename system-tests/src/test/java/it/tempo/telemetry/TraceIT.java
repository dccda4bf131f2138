package it.tempo.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import it.tempo.support.Api;
import it.tempo.support.Database;
import it.tempo.support.Eventually;
import it.tempo.support.Json;
import it.tempo.support.Reply;
import it.tempo.support.Stack;
import it.tempo.telemetry.OtlpReceiver.ReceivedSpan;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One trace from a mobile client's request through the outbox and the broker into both consumers of the event: the
 * client starts the trace (its {@code traceparent} goes through the gateway), training-war's REST span continues
 * it, the relay's PRODUCER span continues the outbox row's context, and account-war's and interaction-war's
 * CONSUMER spans are children of that PRODUCER span — all under the client's trace id, as exported to the receiver.
 */
class TraceIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final OtlpReceiver receiver = OtlpReceiver.shared();
    private final Api alice = Api.as("alice", Stack.gateway());

    @Test
    void aCompletionIsOneTraceFromTheRequestThroughTheBrokerIntoBothConsumers() {
        UUID training = UUID.randomUUID();
        assertEquals(201, alice.put("/api/v1/training/trainings/" + training, Json.training("Traced run")).status());
        String traceId = hex(16);
        Reply completed = alice.put("/api/v1/training/trainings/" + training + "/completion", Json.completion(5000, 1500),
                "traceparent", "00-" + traceId + "-" + hex(8) + "-01");
        assertEquals(200, completed.status(), completed::toString);

        // each server exports on its own schedule: wait for every part of the trace
        Eventually.await(Duration.ofSeconds(30), () -> completionConsumed(traceId, "account")
                        && completionConsumed(traceId, "interaction")
                        && receiver.spansOf(traceId).stream().anyMatch(span -> span.kind() == SpanKind.SPAN_KIND_SERVER)
                        && receiver.spansOf(traceId).stream().anyMatch(span -> span.kind() == SpanKind.SPAN_KIND_PRODUCER),
                () -> "the request's, the relay's and both consumers' spans in trace " + traceId + ", got " + receiver.spansOf(traceId));
        List<ReceivedSpan> trace = receiver.spansOf(traceId);

        ReceivedSpan request = trace.stream().filter(span -> span.kind() == SpanKind.SPAN_KIND_SERVER
                        && span.service().equals("training-war")).findFirst()
                .orElseThrow(() -> new AssertionError("training-war's REST span in " + trace));
        assertTrue(request.attributes().getOrDefault("http.route", "").endsWith("/trainings/{id}/completion"),
                "the REST span names its route: " + request);
        // the span the consumers continue (a batch that failed and was sent again has a failed PRODUCER span too)
        ReceivedSpan publish = trace.stream().filter(span -> span.kind() == SpanKind.SPAN_KIND_PRODUCER
                        && span.name().equals("publish TrainingCompleted")
                        && trace.stream().anyMatch(consumer -> consumer.parentSpanId().equals(span.spanId())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the relay's PRODUCER span of TrainingCompleted, continued by a consumer, in " + trace));
        assertEquals("training-war", publish.service());
        assertTrue(descendsFrom(publish, request, trace), "the PRODUCER span descends from the request's span: " + trace);
        for (String consumer : List.of("account", "interaction")) {
            List<ReceivedSpan> processed = trace.stream().filter(span -> span.kind() == SpanKind.SPAN_KIND_CONSUMER
                    && consumer.equals(span.attributes().get("messaging.consumer.group.name"))
                    && "TrainingCompleted".equals(span.attributes().get("tempo.event.type"))).toList();
            assertTrue(processed.stream().anyMatch(span -> span.parentSpanId().equals(publish.spanId())),
                    consumer + "'s CONSUMER span continues the PRODUCER span " + publish.spanId() + ": " + processed);
            assertTrue(processed.stream().allMatch(span -> span.service().equals(consumer + "-war")
                    || span.service().equals("tempo-all-in-one")), consumer + " spans come from its server: " + processed);
        }
    }

    @Test
    void aRequestWithoutTraceContextStartsItsOwnTraceAndTheEventsStayInIt() {
        UUID training = UUID.randomUUID();
        assertEquals(201, alice.put("/api/v1/training/trainings/" + training, Json.training("Untraced run")).status());
        assertEquals(200, alice.put("/api/v1/training/trainings/" + training + "/completion", Json.completion(3000, 900)).status());
        Eventually.await(Duration.ofSeconds(30), () -> producerSpanOf(training).isPresent(),
                () -> "a PRODUCER span of training " + training + "'s TrainingCompleted");
        ReceivedSpan publish = producerSpanOf(training).orElseThrow();
        ReceivedSpan request = receiver.spansOf(publish.traceId()).stream()
                .filter(span -> span.kind() == SpanKind.SPAN_KIND_SERVER).findFirst()
                .orElseThrow(() -> new AssertionError("the request's span in the event's trace " + publish.traceId()));
        assertEquals("training-war", request.service(), "the trace the server started for the request is the event's");
    }

    private boolean completionConsumed(String traceId, String consumer) {
        return receiver.spansOf(traceId).stream().anyMatch(span -> span.kind() == SpanKind.SPAN_KIND_CONSUMER
                && consumer.equals(span.attributes().get("messaging.consumer.group.name"))
                && "TrainingCompleted".equals(span.attributes().get("tempo.event.type")));
    }

    /** Whether following {@code span}'s parents within the trace reaches {@code ancestor}. */
    private static boolean descendsFrom(ReceivedSpan span, ReceivedSpan ancestor, List<ReceivedSpan> trace) {
        Map<String, ReceivedSpan> byId = trace.stream().collect(Collectors.toMap(ReceivedSpan::spanId, each -> each, (a, b) -> a));
        for (ReceivedSpan at = span; at != null; at = byId.get(at.parentSpanId())) {
            if (at.parentSpanId().equals(ancestor.spanId())) {
                return true;
            }
        }
        return false;
    }

    /** The PRODUCER span that published an event about this training (its message id is the event's id). */
    private Optional<ReceivedSpan> producerSpanOf(UUID training) {
        List<UUID> events = Database.eventsOf(training);
        return events.stream().flatMap(event -> receiver.spansWithAttribute("messaging.message.id", event.toString()).stream())
                .filter(span -> span.kind() == SpanKind.SPAN_KIND_PRODUCER).findFirst();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
