package app.tempo.platform.inbox;

import app.tempo.platform.telemetry.EventTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.tempo.platform.health.DatabaseProbe;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The consumption path with fakes for the inbox, the failure log, the dead-letter sender and the database. */
class EventConsumptionTest {

    private static final String EVENT = """
            {"id":"%s","type":"TrainingCompleted","eventversion":%d,"time":"2026-11-22T07:52:03Z","subject":"s",
             "data":{"distance":5}}""";

    private final FakeInbox inbox = new FakeInbox();
    private final FakeFailures failures = new FakeFailures();
    private final FakeDeadLetters deadLetters = new FakeDeadLetters();
    private final FakeDatabase database = new FakeDatabase();
    private final EventConsumption consumption = new EventConsumption();
    private final List<UUID> applied = new ArrayList<>();

    @BeforeEach
    void wire() {
        consumption.inbox = inbox;
        consumption.telemetry = new EventTelemetry(OpenTelemetry.noop());
        consumption.failures = failures;
        consumption.deadLetters = deadLetters;
        consumption.database = database;
        consumption.self = new TransactionalConsumption(inbox);
        consumption.maxAttempts = 5;
    }

    @Test
    void anEventIsAppliedOnceEvenWhenDeliveredTwice() {
        Message message = message(UUID.randomUUID(), 1, 1);
        consumption.consume("account", message, Map.of("TrainingCompleted/v1", event -> applied.add(event.eventId())));
        consumption.consume("account", message, Map.of("TrainingCompleted/v1", event -> applied.add(event.eventId())));
        assertEquals(1, applied.size());
        assertTrue(deadLetters.sent.isEmpty());
    }

    @Test
    void aMalformedMessageIsDeadLetteredAtOnceAndAcknowledged() {
        consumption.consume("account", text("this is not an event", 1), Map.of("TrainingCompleted/v1", event -> applied.add(event.eventId())));
        assertEquals(List.of("account"), deadLetters.sent);
        assertEquals(List.of(FailureKind.UNUSABLE), failures.kinds);
        assertTrue(applied.isEmpty());
    }

    @Test
    void aVersionOlderThanAnyThisConsumerKnowsIsDeadLetteredAtOnce() {
        consumption.consume("account", message(UUID.randomUUID(), 1, 1), Map.of("TrainingCompleted/v2", event -> applied.add(event.eventId())));
        assertEquals(1, deadLetters.sent.size());
        assertTrue(applied.isEmpty());
    }

    @Test
    void aNewerVersionPublishedBesideTheOneThisConsumerKnowsIsIgnored() {
        consumption.consume("account", message(UUID.randomUUID(), 2, 1), Map.of("TrainingCompleted/v1", event -> applied.add(event.eventId())));
        assertTrue(deadLetters.sent.isEmpty());
        assertTrue(applied.isEmpty());
        assertTrue(failures.kinds.isEmpty());
    }

    @Test
    void anEventTypeThisConsumerDoesNotHandleIsIgnored() {
        consumption.consume("account", message(UUID.randomUUID(), 1, 1), Map.of("GroupCreated/v1", event -> applied.add(event.eventId())));
        assertTrue(deadLetters.sent.isEmpty());
        assertTrue(failures.kinds.isEmpty());
    }

    @Test
    void invalidDataReadByTheHandlerIsUnusable() {
        consumption.consume("account", message(UUID.randomUUID(), 1, 1), Map.of("TrainingCompleted/v1",
                event -> event.read(data -> data.getString("missing"))));
        assertEquals(1, deadLetters.sent.size());
    }

    @Test
    void aDatabaseOutageIsRetriedByTheBrokerForeverAndNeverDeadLettered() {
        RuntimeException outage = new RuntimeException(new SQLTransientConnectionException("connection refused", "08001"));
        for (int delivery = 1; delivery <= 50; delivery++) {
            Message message = message(UUID.fromString("00000000-0000-0000-0000-000000000001"), 1, delivery);
            RuntimeException thrown = assertThrows(RuntimeException.class, () -> consumption.consume("account", message,
                    Map.of("TrainingCompleted/v1", event -> { throw outage; })));
            assertSame(outage, thrown, "rolled back to the broker");
        }
        assertTrue(deadLetters.sent.isEmpty());
    }

    @Test
    void aFailureWhileTheDatabaseIsUnreachableCountsAsTransientWhateverItsException() {
        database.up = false;
        Message message = message(UUID.randomUUID(), 1, 9);
        assertThrows(IllegalStateException.class, () -> consumption.consume("account", message,
                Map.of("TrainingCompleted/v1", event -> { throw new IllegalStateException("commit failed"); })));
        assertTrue(deadLetters.sent.isEmpty());
        assertTrue(failures.kinds.isEmpty(), "nothing could be recorded while the database was away");
    }

    @Test
    void anUnexpectedFailureIsRetriedTheConfiguredTimesThenDeadLettered() {
        UUID id = UUID.randomUUID();
        for (int delivery = 1; delivery < 5; delivery++) {
            Message message = message(id, 1, delivery);
            assertThrows(IllegalStateException.class, () -> consumption.consume("account", message,
                    Map.of("TrainingCompleted/v1", event -> { throw new IllegalStateException("bug"); })));
        }
        assertTrue(deadLetters.sent.isEmpty(), "not before the fifth failure");
        consumption.consume("account", message(id, 1, 5),
                Map.of("TrainingCompleted/v1", event -> { throw new IllegalStateException("bug"); }));
        assertEquals(1, deadLetters.sent.size(), "dead-lettered and acknowledged after the fifth");
    }

    @Test
    void transientFailuresDoNotCountTowardsDeadLettering() {
        UUID id = UUID.randomUUID();
        for (int delivery = 1; delivery <= 10; delivery++) {
            Message message = message(id, 1, delivery);
            assertThrows(RuntimeException.class, () -> consumption.consume("account", message,
                    Map.of("TrainingCompleted/v1", event -> { throw new RuntimeException(new SQLException("deadlock", "40P01")); })));
        }
        Message message = message(id, 1, 11);
        assertThrows(IllegalStateException.class, () -> consumption.consume("account", message,
                Map.of("TrainingCompleted/v1", event -> { throw new IllegalStateException("bug"); })));
        assertTrue(deadLetters.sent.isEmpty(), "one unexpected failure after ten transient ones is the first of five");
    }

    @Test
    void aDeadLetterThatCannotBeSentRollsTheDeliveryBack() {
        deadLetters.broken = true;
        assertThrows(IllegalStateException.class, () -> consumption.consume("account", text("garbage", 1), Map.of()));
    }

    private static Message message(UUID eventId, int version, int delivery) {
        return text(EVENT.formatted(eventId, version), delivery, eventId.toString());
    }

    private static Message text(String body, int delivery) {
        return text(body, delivery, UUID.randomUUID().toString());
    }

    /** A received JMS text message: only the getters the consumer uses answer. */
    private static Message text(String body, int delivery, String messageId) {
        return (Message) Proxy.newProxyInstance(EventConsumptionTest.class.getClassLoader(), new Class<?>[] {TextMessage.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getText" -> body;
                    case "getIntProperty" -> delivery;
                    case "getJMSMessageID" -> "ID:" + messageId;
                    case "toString" -> "message " + messageId;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static final class FakeInbox extends Inbox {
        private final Set<String> seen = new HashSet<>();
        private String uncommitted;

        @Override
        public boolean firstDelivery(String consumer, UUID eventId, int deliveryCount) {
            uncommitted = consumer + eventId;
            return seen.add(uncommitted);
        }

        void rollback() {
            seen.remove(uncommitted);
        }
    }

    /** What the container's REQUIRES_NEW does to the inbox record when the handler throws. */
    private static final class TransactionalConsumption extends EventConsumption {
        private final FakeInbox transactionalInbox;

        TransactionalConsumption(FakeInbox inbox) {
            this.inbox = inbox;
            this.transactionalInbox = inbox;
        }

        @Override
        public boolean applyOnce(String consumer, IncomingEvent event, int deliveryCount, EventHandler handler) {
            try {
                return super.applyOnce(consumer, event, deliveryCount, handler);
            } catch (RuntimeException e) {
                transactionalInbox.rollback();
                throw e;
            }
        }
    }

    private final class FakeFailures extends DeliveryFailures {
        final List<FailureKind> kinds = new ArrayList<>();
        private final List<String> messages = new ArrayList<>();

        @Override
        public void record(String consumer, String messageId, String eventId, int attempt, FailureKind kind, Throwable error) {
            if (!database.up) {
                throw new IllegalStateException("database away");
            }
            kinds.add(kind);
            messages.add(consumer + messageId + kind);
        }

        @Override
        public long count(String consumer, String messageId, FailureKind kind) {
            return messages.stream().filter((consumer + messageId + kind)::equals).count();
        }
    }

    private static final class FakeDeadLetters extends DeadLetters {
        final List<String> sent = new ArrayList<>();
        boolean broken;

        @Override
        public void deadLetter(String consumer, Message original, String reason) {
            if (broken) {
                throw new IllegalStateException("broker away");
            }
            sent.add(consumer);
        }
    }

    private static final class FakeDatabase extends DatabaseProbe {
        boolean up = true;

        @Override
        public boolean reachable() {
            return up;
        }
    }
}
