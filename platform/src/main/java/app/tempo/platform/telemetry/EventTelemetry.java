package app.tempo.platform.telemetry;

import io.opentelemetry.context.Scope;
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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the event path tells operators: a PRODUCER span per published event, continuing the trace of the transaction
 * that wrote it, a CONSUMER span per delivery continuing the producer's, and the counters of events published,
 * consumed (by outcome), redelivered and dead-lettered. The trace context travels as the message properties
 * {@code traceparent} and {@code tracestate}, as in an HTTP request.
 */
@ApplicationScoped
public class EventTelemetry {

    private static final Logger LOG = Logger.getLogger(EventTelemetry.class.getName());

    /** The instrumentation scope of everything Tempo measures and traces itself. */
    public static final String SCOPE = "app.tempo.platform";
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
        try {
            Context parent = context == null ? Context.root() : TraceContext.continued(context.parent(), context.state());
            return tracer.spanBuilder("publish " + eventType).setParent(parent).setSpanKind(SpanKind.PRODUCER)
                    .setAttribute("messaging.system", "activemq")
                    .setAttribute("messaging.operation.type", "publish")
                    .setAttribute("messaging.destination.name", destination)
                    .setAttribute("messaging.message.id", eventId)
                    .startSpan();
        } catch (RuntimeException e) {
            return unrecorded(e);
        }
    }

    /** The context a message sent within {@code span} carries to its consumers (null: none to carry). */
    public TraceContext contextOf(Span span) {
        try {
            return TraceContext.of(Context.root().with(span));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "no trace context to carry", e);
            return null;
        }
    }

    public void published(String destination, String eventType) {
        count(published, Attributes.of(DESTINATION, destination, EVENT_TYPE, eventType));
    }

    /** Starts the span of one delivery, as a child of the span that published the message (if it says). */
    public Span startConsume(String consumer, Message message) {
        try {
            Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), message, FROM_MESSAGE);
            return tracer.spanBuilder("process " + consumer).setParent(parent).setSpanKind(SpanKind.CONSUMER)
                    .setAttribute("messaging.system", "activemq")
                    .setAttribute("messaging.operation.type", "process")
                    .setAttribute("messaging.consumer.group.name", consumer)
                    .startSpan();
        } catch (RuntimeException e) {
            return unrecorded(e);
        }
    }

    /** Names the event a delivery carries on its span. */
    public void describe(Span span, String eventId, String eventType) {
        try {
            span.setAttribute("messaging.message.id", eventId);
            span.setAttribute("tempo.event.type", eventType);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "could not describe the span", e);
        }
    }

    /** A finished delivery; {@code eventType} is null when the message was not an event at all. */
    public void consumed(String consumer, String eventType, String outcome, int deliveryAttempt) {
        count(consumed, Attributes.of(CONSUMER, consumer, EVENT_TYPE, eventType == null ? "unreadable" : eventType,
                OUTCOME, outcome));
        if (deliveryAttempt > 1) {
            count(redelivered, Attributes.of(CONSUMER, consumer));
        }
    }

    public void deadLettered(String consumer) {
        count(deadLettered, Attributes.of(CONSUMER, consumer));
    }

    /** Marks the span failed with what went wrong. */
    public void failed(Span span, Throwable failure) {
        try {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "could not mark the span failed", e);
        }
    }

    /** Makes the span current on this thread; a scope that does nothing if it cannot. */
    public Scope current(Span span) {
        try {
            return span.makeCurrent();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "could not make the span current", e);
            return Scope.noop();
        }
    }

    public void end(Span span) {
        try {
            span.end();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "could not end the span", e);
        }
    }

    /** Telemetry must never change what happens to an event: a failure of its own costs only the figure. */
    private static void count(LongCounter counter, Attributes attributes) {
        try {
            counter.add(1, attributes);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "could not count", e);
        }
    }

    private static Span unrecorded(RuntimeException e) {
        LOG.log(Level.FINE, "no span", e);
        return Span.getInvalid();
    }
}
