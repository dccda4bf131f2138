package app.tempo.platform.outbox;

import app.tempo.platform.telemetry.EventTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.tempo.platform.outbox.JmsEventSender.Rejected;
import app.tempo.platform.outbox.JmsEventSender.SendResult;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JmsEventSenderTest {

    private final FakeJms jms = new FakeJms();
    private final FakeOutboxStore rows = new FakeOutboxStore(Clock.systemUTC());
    private final JmsEventSender sender = new JmsEventSender();

    {
        sender.jms = jms;
        sender.telemetry = new EventTelemetry(OpenTelemetry.noop());
    }

    @Test
    void aBatchIsStoredByOneCommitAsPersistentMessagesCarryingTheirDuplicateId() {
        List<OutboxMessage> batch = List.of(rows.add("jms/x"), rows.add("jms/x"), rows.add("jms/x"));

        SendResult result = sender.send(batch);

        assertEquals(ids(batch), result.sent());
        assertTrue(result.rejected().isEmpty());
        assertFalse(result.brokerUnreachable());
        assertEquals(List.of(true), jms.sessionsTransacted);
        assertEquals(1, jms.commits);
        assertEquals(strings(ids(batch)), jms.stored);
        for (OutboxMessage message : batch) {
            assertEquals(true, jms.properties.get(message.eventId().toString()).get("persistent"));
            assertEquals("jms/x", jms.properties.get(message.eventId().toString()).get("destination"));
        }
        assertEquals(1, jms.connectionsClosed);
    }

    @Test
    void aBatchTheBrokerRefusesForADuplicateIsSentOneMessageAtATime() {
        List<OutboxMessage> batch = List.of(rows.add("jms/x"), rows.add("jms/x"));
        jms.refuseTransactions = true;

        SendResult result = sender.send(batch);

        assertEquals(ids(batch), result.sent());
        assertTrue(result.rejected().isEmpty());
        assertFalse(result.brokerUnreachable());
        assertEquals(List.of(true, false), jms.sessionsTransacted, "a transacted batch, then a session without one");
        assertEquals(strings(ids(batch)), jms.stored);
        assertEquals(2, jms.connectionsClosed);
    }

    @Test
    void aBrokerThatCannotBeConnectedToIsReportedAsUnreachableWithoutBlamingAnyRow() {
        List<OutboxMessage> batch = List.of(rows.add("jms/x"), rows.add("jms/x"));
        jms.connectionsLeft = 0;

        SendResult result = sender.send(batch);

        assertTrue(result.brokerUnreachable());
        assertTrue(result.brokerFailure().contains("connection refused"), result.brokerFailure());
        assertTrue(result.sent().isEmpty());
        assertTrue(result.rejected().isEmpty());
        assertEquals(ids(batch), result.untried(batch));
    }

    @Test
    void aFailedBatchWhoseRetryCannotConnectIsReportedAsUnreachable() {
        List<OutboxMessage> batch = List.of(rows.add("jms/x"));
        jms.refuseTransactions = true;
        jms.connectionsLeft = 1;

        SendResult result = sender.send(batch);

        assertTrue(result.brokerUnreachable());
        assertTrue(result.rejected().isEmpty());
        assertEquals(ids(batch), result.untried(batch));
    }

    @Test
    void aDestinationJndiDoesNotKnowRejectsOnlyItsRow() {
        OutboxMessage before = rows.add("jms/x");
        OutboxMessage unknown = rows.add("jms/nowhere");
        OutboxMessage after = rows.add("jms/x");

        SendResult result = sender.send(List.of(before, unknown, after));

        assertEquals(List.of(before.eventId(), after.eventId()), result.sent());
        assertEquals(List.of(unknown.eventId()), rejectedIds(result));
        assertTrue(result.rejected().get(0).reason().contains("jms/nowhere"), result.rejected().get(0).reason());
        assertFalse(result.brokerUnreachable());
        assertEquals(strings(List.of(before.eventId(), after.eventId())), jms.stored);
    }

    @Test
    void aMessageTheBrokerRefusesRejectsOnlyItsRowAndTheRestGoOnAFreshSession() {
        OutboxMessage before = rows.add("jms/x");
        OutboxMessage refused = rows.add("jms/x");
        OutboxMessage after = rows.add("jms/x");
        jms.refusedMessages.add(refused.eventId().toString());

        SendResult result = sender.send(List.of(before, refused, after));

        assertEquals(List.of(before.eventId(), after.eventId()), result.sent());
        assertEquals(List.of(refused.eventId()), rejectedIds(result));
        assertFalse(result.brokerUnreachable());
        assertEquals(List.of(true, false, false), jms.sessionsTransacted);
        assertEquals(strings(List.of(before.eventId(), after.eventId())), jms.stored);
    }

    @Test
    void aBrokerThatRefusesEveryMessageIsUnreachableAndBlamesNoRow() {
        OutboxMessage first = rows.add("jms/x");
        OutboxMessage second = rows.add("jms/x");
        jms.refusedMessages.add(first.eventId().toString());
        jms.refusedMessages.add(second.eventId().toString());

        SendResult result = sender.send(List.of(first, second));

        assertTrue(result.brokerUnreachable(), "a full journal refuses every row alike");
        assertTrue(result.rejected().isEmpty(), "no row is blamed");
        assertEquals(List.of(first.eventId(), second.eventId()), result.untried(List.of(first, second)));
    }

    @Test
    void aSendThatFindsTheBrokerGoneBlamesNoRowAndLeavesTheRestUntried() {
        OutboxMessage unknown = rows.add("jms/nowhere");
        OutboxMessage sent = rows.add("jms/x");
        OutboxMessage lost = rows.add("jms/x");
        OutboxMessage untried = rows.add("jms/x");
        jms.brokerDiesOnSendOf = lost.eventId().toString();
        List<OutboxMessage> batch = List.of(unknown, sent, lost, untried);

        SendResult result = sender.send(batch);

        assertTrue(result.brokerUnreachable());
        assertEquals(List.of(sent.eventId()), result.sent());
        assertEquals(List.of(unknown.eventId()), rejectedIds(result), "only the row without a destination is blamed");
        assertEquals(List.of(lost.eventId(), untried.eventId()), result.untried(batch));
    }

    private static List<UUID> ids(List<OutboxMessage> batch) {
        return batch.stream().map(OutboxMessage::eventId).toList();
    }

    private static List<String> strings(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    private static List<UUID> rejectedIds(SendResult result) {
        return result.rejected().stream().map(Rejected::message).map(OutboxMessage::eventId).toList();
    }
}
