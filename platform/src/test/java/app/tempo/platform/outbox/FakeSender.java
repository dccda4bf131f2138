package app.tempo.platform.outbox;

import app.tempo.platform.outbox.JmsEventSender.Rejected;
import app.tempo.platform.outbox.JmsEventSender.SendResult;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A sender without a broker: refuses rows sent to {@link #POISON}, or reports the broker unreachable. */
final class FakeSender extends JmsEventSender {

    static final String POISON = "jms/poison";

    boolean brokerDown;
    final List<List<UUID>> batches = new ArrayList<>();

    @Override
    public SendResult send(List<OutboxMessage> batch) {
        batches.add(batch.stream().map(OutboxMessage::eventId).toList());
        if (brokerDown) {
            return new SendResult(List.of(), List.of(), "jakarta.jms.JMSException: connection refused");
        }
        List<UUID> sent = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (OutboxMessage message : batch) {
            if (message.destination().equals(POISON)) {
                rejected.add(new Rejected(message, "javax.naming.NameNotFoundException: " + POISON));
            } else {
                sent.add(message.eventId());
            }
        }
        return new SendResult(sent, rejected, null);
    }

    boolean wasSent(UUID eventId) {
        return batches.stream().anyMatch(batch -> batch.contains(eventId));
    }
}
