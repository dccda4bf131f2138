package app.tempo.platform.outbox;

import app.tempo.platform.telemetry.EventTelemetry;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.naming.NamingException;

/**
 * Sends a batch of outbox rows as persistent JSON text messages in one local JMS transaction: the broker stores
 * the whole batch at commit (one journal sync instead of one per message), or none of it. Artemis refuses the whole
 * transaction if one message is a duplicate (a row re-sent after a crash), and one row that cannot be sent fails
 * the batch too, so a failed batch is retried one message at a time without a transaction, where the broker drops
 * duplicates silently and a failure belongs to one row. Runs outside any JTA transaction on purpose: the outbox row
 * is the unit of durability.
 */
@ApplicationScoped
public class JmsEventSender {

    @Inject
    JmsResources jms;

    @Inject
    EventTelemetry telemetry;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public SendResult send(List<OutboxMessage> batch) {
        Map<String, Destination> destinations = new HashMap<>();
        ProducerSession session;
        try {
            session = ProducerSession.open(jms, true);
        } catch (JMSException | NamingException | RuntimeException e) {
            // no session at all: the broker is away, and one message at a time would only wait for it once more
            return SendResult.unreachable(List.of(), List.of(), e);
        }
        // each message's PRODUCER span ends when the batch's fate is known: at the commit, or failed with it
        List<Span> spans = new ArrayList<>();
        try (session) {
            for (OutboxMessage message : batch) {
                Span span = startPublish(message);
                spans.add(span);
                session.send(destination(message, destinations), message, telemetry.contextOf(span));
            }
            session.commit();
        } catch (JMSException | NamingException | RuntimeException batchFailure) {
            spans.forEach(span -> {
                telemetry.failed(span, batchFailure);
                telemetry.end(span);
            });
            return sendOneByOne(batch, destinations);
        }
        spans.forEach(telemetry::end);
        batch.forEach(this::countPublished);
        return new SendResult(batch.stream().map(OutboxMessage::eventId).toList(), List.of(), null);
    }

    /**
     * After a send fails, the session is replaced before the next row: the failure may have broken it, and opening
     * a new one tells whether the broker is still there. If it is not, the row that failed is not to blame.
     */
    private SendResult sendOneByOne(List<OutboxMessage> batch, Map<String, Destination> destinations) {
        List<UUID> sent = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        List<Rejected> refusedByBroker = new ArrayList<>();
        ProducerSession session = null;
        try {
            session = ProducerSession.open(jms, false);
            for (OutboxMessage message : batch) {
                Destination destination;
                try {
                    destination = destination(message, destinations);
                } catch (NamingException | RuntimeException e) {
                    rejected.add(new Rejected(message, describe(e)));
                    continue;
                }
                try {
                    send(session, destination, message);
                    sent.add(message.eventId());
                    countPublished(message);
                } catch (JMSException | RuntimeException refused) {
                    session.close();
                    session = ProducerSession.open(jms, false);
                    refusedByBroker.add(new Rejected(message, describe(refused)));
                }
            }
            if (sent.isEmpty() && !refusedByBroker.isEmpty()) {
                // the broker took nothing: a full journal, a blocked address, a time-out or revoked rights refuse
                // every row alike, and no row is to blame for that (only a row refused beside others that went is)
                return new SendResult(sent, rejected, "the broker refused every message, e.g. "
                        + refusedByBroker.get(0).reason());
            }
            rejected.addAll(refusedByBroker);
            return new SendResult(sent, rejected, null);
        } catch (JMSException | NamingException | RuntimeException unreachable) {
            return SendResult.unreachable(sent, rejected, unreachable);
        } finally {
            if (session != null) {
                session.close();
            }
        }
    }

    private Span startPublish(OutboxMessage message) {
        return telemetry.startPublish(message.destination(), message.eventType(), message.eventId().toString(), message.trace());
    }

    /** Sends alone within a PRODUCER span continuing the row's trace; the message carries that span's context on. */
    private void send(ProducerSession session, Destination destination, OutboxMessage message) throws JMSException {
        Span span = startPublish(message);
        try {
            session.send(destination, message, telemetry.contextOf(span));
        } catch (JMSException | RuntimeException e) {
            telemetry.failed(span, e);
            throw e;
        } finally {
            telemetry.end(span);
        }
    }

    private void countPublished(OutboxMessage message) {
        telemetry.published(message.destination(), message.eventType());
    }

    private Destination destination(OutboxMessage message, Map<String, Destination> destinations) throws NamingException {
        Destination destination = destinations.get(message.destination());
        if (destination == null) {
            destination = jms.destination(message.destination());
            destinations.put(message.destination(), destination);
        }
        return destination;
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof JMSException jms && jms.getLinkedException() != null ? jms.getLinkedException() : e.getCause();
        return cause == null || cause == e ? e.toString() : e + " (caused by " + cause + ")";
    }

    /**
     * What became of a batch: rows the broker took ({@code sent}), rows it or JNDI refused one by one
     * ({@code rejected}: those rows' own problem), and, if the broker could not be reached at all, why
     * ({@code brokerFailure}); the rows in neither list were then not tried and are nobody's fault.
     */
    public record SendResult(List<UUID> sent, List<Rejected> rejected, String brokerFailure) {

        static SendResult unreachable(List<UUID> sent, List<Rejected> rejected, Exception failure) {
            return new SendResult(sent, rejected, describe(failure));
        }

        public boolean brokerUnreachable() {
            return brokerFailure != null;
        }

        /** Rows of the batch neither sent nor rejected. */
        public List<UUID> untried(List<OutboxMessage> batch) {
            Set<UUID> done = new HashSet<>(sent);
            rejected.forEach(r -> done.add(r.message().eventId()));
            return batch.stream().map(OutboxMessage::eventId).filter(id -> !done.contains(id)).toList();
        }
    }

    /** A row the broker or JNDI refused, and why. */
    public record Rejected(OutboxMessage message, String reason) {
    }
}
