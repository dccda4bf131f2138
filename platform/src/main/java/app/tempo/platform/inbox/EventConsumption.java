package app.tempo.platform.inbox;

import app.tempo.platform.telemetry.EventTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import app.tempo.platform.health.DatabaseProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every message-driven bean does with a message: parse it, apply it once, and on failure decide by
 * {@link FailureKind}: an unusable event goes to the dead-letter address at once; a transient failure (database or
 * broker away, a lost race) is rolled back for the broker to redeliver with back-off, however long the outage; an
 * unexpected failure is redelivered until it has failed {@code tempo.consumer.max-attempts} times, then
 * dead-lettered. The broker itself never dead-letters a Tempo consumer's message (broker.xml).
 */
@ApplicationScoped
public class EventConsumption {

    private static final Logger LOG = Logger.getLogger(EventConsumption.class.getName());

    @Inject
    Inbox inbox;

    @Inject
    DeliveryFailures failures;

    @Inject
    DeadLetters deadLetters;

    @Inject
    DatabaseProbe database;

    @Inject
    EventConsumption self;

    @Inject
    EventTelemetry telemetry;

    @Inject
    @ConfigProperty(name = "tempo.consumer.max-attempts", defaultValue = "5")
    int maxAttempts;

    /**
     * {@code handlers} maps "Type/vN" to what applies that event; other event types are not this consumer's. The
     * delivery runs in a CONSUMER span continuing the publisher's trace; telemetry never decides its fate (its calls
     * do not throw, and the outcome is counted after the delivery's own work).
     */
    public void consume(String consumer, Message message, Map<String, EventHandler> handlers) {
        Span span = telemetry.startConsume(consumer, message);
        int attempt = deliveryAttempt(message);
        try {
            String eventId = null;
            String typeLabel = null;
            String outcome;
            try (Scope scope = telemetry.current(span)) {
                IncomingEvent event = IncomingEvent.from(message);
                eventId = event.eventId().toString();
                typeLabel = handles(event.eventType(), handlers) ? event.eventType() : "other";
                telemetry.describe(span, eventId, event.eventType());
                EventHandler handler = handlerFor(event, handlers);
                outcome = handler == null ? "ignored"
                        : self.applyOnce(consumer, event, attempt, handler) ? "applied" : "duplicate";
            } catch (RuntimeException e) {
                telemetry.failed(span, e);
                telemetry.consumed(consumer, typeLabel, "failed", attempt);
                try (Scope scope = telemetry.current(span)) {
                    onFailure(consumer, message, eventId, e);
                }
                return;
            }
            telemetry.consumed(consumer, typeLabel, outcome, attempt);
        } finally {
            telemetry.end(span);
        }
    }

    /** Whether some version of this type is this consumer's: only those name a metric's series (bounded labels). */
    private static boolean handles(String eventType, Map<String, EventHandler> handlers) {
        return handlers.keySet().stream().anyMatch(key -> key.startsWith(eventType + "/v"));
    }

    /** Applies the event unless this consumer already has; says whether it did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean applyOnce(String consumer, IncomingEvent event, int deliveryCount, EventHandler handler) {
        if (inbox.firstDelivery(consumer, event.eventId(), deliveryCount)) {
            handler.apply(event);
            return true;
        }
        return false;
    }

    /**
     * The handler of this type and version; none for a type this consumer does not handle, or for a version newer
     * than it knows (contracts/README.md: a breaking change is published as a new version beside the old one, which
     * this consumer still receives). A version older than every one it handles can never be applied.
     */
    private static EventHandler handlerFor(IncomingEvent event, Map<String, EventHandler> handlers) {
        EventHandler handler = handlers.get(event.eventType() + "/v" + event.eventVersion());
        if (handler != null) {
            return handler;
        }
        String prefix = event.eventType() + "/v";
        boolean newerThanKnown = handlers.keySet().stream().filter(key -> key.startsWith(prefix))
                .mapToInt(key -> Integer.parseInt(key.substring(prefix.length())))
                .allMatch(known -> known < event.eventVersion());
        if (!newerThanKnown) {
            throw new IncomingEvent.MalformedEvent(event.eventType() + " v" + event.eventVersion()
                    + " is a version this consumer does not know");
        }
        return null;
    }

    private void onFailure(String consumer, Message message, String eventId, RuntimeException failure) {
        FailureKind kind = FailureKind.of(failure);
        if (kind == FailureKind.UNEXPECTED && !database.reachable()) {
            kind = FailureKind.TRANSIENT; // a commit that failed because the database went away mid-transaction
        }
        String messageId = messageId(message);
        int attempt = deliveryAttempt(message);
        LOG.log(kind == FailureKind.TRANSIENT ? Level.INFO : Level.WARNING,
                consumer + ": " + kind + " failure on message " + messageId + " (delivery " + attempt + "): " + failure);
        boolean recorded = recordQuietly(consumer, messageId, eventId, attempt, kind, failure);
        switch (kind) {
            case UNUSABLE -> deadLetter(consumer, message, failure);
            case UNEXPECTED -> {
                if (recorded && failures.count(consumer, messageId, FailureKind.UNEXPECTED) >= maxAttempts) {
                    deadLetter(consumer, message, failure);
                } else {
                    throw failure;
                }
            }
            case TRANSIENT -> throw failure;
        }
    }

    private void deadLetter(String consumer, Message message, RuntimeException failure) {
        deadLetters.deadLetter(consumer, message, String.valueOf(failure));
        telemetry.deadLettered(consumer);
        LOG.severe(consumer + " dead-lettered message " + messageId(message) + ": " + failure);
    }

    /** The record is for operators; if the database is away it cannot be written, which must not hide the failure. */
    private boolean recordQuietly(String consumer, String messageId, String eventId, int attempt, FailureKind kind,
                                  Throwable failure) {
        try {
            failures.record(consumer, messageId, eventId, attempt, kind, failure);
            return true;
        } catch (RuntimeException e) {
            LOG.fine(() -> "could not record the failed delivery: " + e);
            return false;
        }
    }

    private static int deliveryAttempt(Message message) {
        try {
            return message.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException | RuntimeException e) {
            return 0;
        }
    }

    private static String messageId(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return null;
        }
    }
}
