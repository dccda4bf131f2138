package app.tempo.platform.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the event path tells operators: a PRODUCER span per published event, continuing the trace of the transaction
 * that wrote it, a CONSUMER span per delivery continuing the producer's, and the counters of events published,
 * consumed (by outcome), redelivered and dead-lettered. The trace context travels as the message properties
 * {@code traceparent} and {@code tracestate}, as in an HTTP request.
 */
@ApplicationScoped
public class EventTelemetry {

    static final String SCOPE = "app.tempo.platform";
    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("destination");
    private static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("event_type");
    private static final AttributeKey<String> CONSUMER = AttributeKey.stringKey("consumer");
    private static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("outcome");

    private static final TextMapGetter<Message> FROM_MESSAGE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Message message) {
            try {
                List<String> names = new ArrayList<>();
                Collections.list(message.getPropertyNames()).forEach(name -> names.add((String) name));
                return names;
            } catch (JMSException e) {
                return List.of();
            }
        }

        @Override
        public String get(Message message, String key) {
            try {
                return message == null ? null : message.getStringProperty(key);
            } catch (JMSException | RuntimeException e) {
                return null; // an unreadable context starts a new trace rather than failing the delivery
            }
        }
    };

    private Tracer tracer;
    private LongCounter published;
    private LongCounter consumed;
    private LongCounter redelivered;
    private LongCounter deadLettered;

    protected EventTelemetry() {
    }

    @Inject
    public EventTelemetry(OpenTelemetry openTelemetry) {
        tracer = openTelemetry.getTracer(SCOPE);
        Meter meter = openTelemetry.getMeter(SCOPE);
        published = meter.counterBuilder("tempo.events.published").setUnit("{event}")
                .setDescription("Events the outbox relay handed to the broker").build();
        consumed = meter.counterBuilder("tempo.events.consumed").setUnit("{event}")
                .setDescription("Deliveries a consumer finished: applied, duplicate (already applied), ignored (not its type), failed").build();
        redelivered = meter.counterBuilder("tempo.events.redelivered").setUnit("{event}")
                .setDescription("Deliveries that were not a message's first").build();
        deadLettered = meter.counterBuilder("tempo.events.dead_lettered").setUnit("{event}")
                .setDescription("Messages a consumer moved to the dead-letter address").build();
    }

    /** Starts the span of one publication; {@code context} is the outbox row's (null: a new trace). */
    public Span startPublish(String destination, String eventType, String eventId, TraceContext context) {
        Context parent = context == null ? Context.root() : TraceContext.continued(context.parent(), context.state());
        return tracer.spanBuilder("publish " + eventType).setParent(parent).setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "activemq")
                .setAttribute("messaging.operation.type", "publish")
                .setAttribute("messaging.destination.name", destination)
                .setAttribute("messaging.message.id", eventId)
                .startSpan();
    }

    /** The context a message sent within {@code span} carries to its consumers. */
    public TraceContext contextOf(Span span) {
        return TraceContext.of(Context.root().with(span));
    }

    public void published(String destination, String eventType) {
        published.add(1, Attributes.of(DESTINATION, destination, EVENT_TYPE, eventType));
    }

    /** Starts the span of one delivery, as a child of the span that published the message (if it says). */
    public Span startConsume(String consumer, Message message) {
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), message, FROM_MESSAGE);
        return tracer.spanBuilder("process " + consumer).setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "activemq")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.consumer.group.name", consumer)
                .startSpan();
    }

    public void consumed(String consumer, String eventType, String outcome) {
        consumed.add(1, Attributes.of(CONSUMER, consumer, EVENT_TYPE, eventType == null ? "unknown" : eventType,
                OUTCOME, outcome));
    }

    public void redelivered(String consumer) {
        redelivered.add(1, Attributes.of(CONSUMER, consumer));
    }

    public void deadLettered(String consumer) {
        deadLettered.add(1, Attributes.of(CONSUMER, consumer));
    }

    /** Marks the span failed with what went wrong. */
    public static void failed(Span span, Throwable failure) {
        span.recordException(failure);
        span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
    }
}
