package app.tempo.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a batch of outbox rows as persistent JSON text messages in one local JMS transaction: the broker stores
 * the whole batch at commit (one journal sync instead of one per message), or none of it. Artemis refuses the whole
 * transaction if one message is a duplicate (a row re-sent after a crash), so a failed batch is retried one message
 * at a time without a transaction, where the broker drops duplicates silently. Runs outside any JTA transaction on
 * purpose: the outbox row is the unit of durability.
 */
@ApplicationScoped
public class JmsEventSender {

    /** Artemis drops a second message with the same value of this property (duplicate detection). */
    static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    @Inject
    @ConfigProperty(name = "tempo.jms.connection-factory", defaultValue = "jms/tempo")
    String connectionFactoryName;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public SendResult send(List<OutboxMessage> batch) {
        try (Connection connection = connection()) {
            sendAll(connection.createSession(true, Session.SESSION_TRANSACTED), batch, true);
            return new SendResult(batch.stream().map(OutboxMessage::eventId).toList(), null);
        } catch (JMSException | NamingException | RuntimeException batchFailure) {
            return sendOneByOne(batch);
        }
    }

    /** A connection of its own: in a Jakarta EE container a connection has at most one session. */
    private SendResult sendOneByOne(List<OutboxMessage> batch) {
        List<UUID> sent = new ArrayList<>();
        try (Connection connection = connection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            for (OutboxMessage message : batch) {
                sendAll(session, List.of(message), false);
                sent.add(message.eventId());
            }
            return new SendResult(sent, null);
        } catch (JMSException | NamingException | RuntimeException e) {
            return new SendResult(sent, e.toString());
        }
    }

    private Connection connection() throws JMSException, NamingException {
        return lookup(ConnectionFactory.class, connectionFactoryName).createConnection();
    }

    private static void sendAll(Session session, List<OutboxMessage> messages, boolean commit) throws JMSException, NamingException {
        try (MessageProducer producer = session.createProducer(null)) {
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            Map<String, Destination> destinations = new HashMap<>();
            for (OutboxMessage message : messages) {
                Destination destination = destinations.get(message.destination());
                if (destination == null) {
                    destination = lookup(Destination.class, message.destination());
                    destinations.put(message.destination(), destination);
                }
                producer.send(destination, toJms(session, message));
            }
            if (commit) {
                session.commit();
            }
        }
    }

    private static TextMessage toJms(Session session, OutboxMessage message) throws JMSException {
        TextMessage jms = session.createTextMessage(message.body());
        jms.setStringProperty("eventId", message.eventId().toString());
        jms.setStringProperty("eventType", message.eventType());
        jms.setIntProperty("eventVersion", message.eventVersion());
        jms.setStringProperty("occurredAt", message.occurredAt().toString());
        jms.setStringProperty("subject", message.subject());
        jms.setStringProperty("JMSXGroupID", message.aggregateId());
        jms.setStringProperty(DUPLICATE_ID, message.eventId().toString());
        return jms;
    }

    /** Looked up on every batch: Liberty may restart the resource adapter on a configuration change. */
    private static <T> T lookup(Class<T> type, String jndiName) throws NamingException {
        return type.cast(new InitialContext().lookup(jndiName));
    }

    /** Which rows reached the broker, and why the rest did not. */
    public record SendResult(List<UUID> sent, String failure) {
    }
}
