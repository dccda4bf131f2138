package app.tempo.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

/**
 * Sends outbox rows as persistent JSON text messages. Runs outside any JTA transaction on purpose: the outbox row
 * is the unit of durability, and a persistent send returns only once the broker has stored the message.
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
        List<UUID> sent = new ArrayList<>();
        try (JMSContext context = lookup(ConnectionFactory.class, connectionFactoryName).createContext()) {
            JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            for (OutboxMessage message : batch) {
                producer.send(lookup(Destination.class, message.destination()), toJms(context, message));
                sent.add(message.eventId());
            }
            return new SendResult(sent, null);
        } catch (JMSRuntimeException | JMSException | NamingException e) {
            return new SendResult(sent, e.toString());
        }
    }

    private static TextMessage toJms(JMSContext context, OutboxMessage message) throws JMSException {
        TextMessage jms = context.createTextMessage(message.body());
        jms.setStringProperty("eventId", message.eventId().toString());
        jms.setStringProperty("eventType", message.eventType());
        jms.setIntProperty("eventVersion", message.eventVersion());
        jms.setStringProperty("occurredAt", message.occurredAt().toString());
        jms.setStringProperty("subject", message.subject());
        jms.setStringProperty("JMSXGroupID", message.aggregateId());
        jms.setStringProperty(DUPLICATE_ID, message.eventId().toString());
        return jms;
    }

    /** Looked up on every use: Liberty may restart the resource adapter on a configuration change. */
    private static <T> T lookup(Class<T> type, String jndiName) throws NamingException {
        return type.cast(new InitialContext().lookup(jndiName));
    }

    /** Which rows reached the broker, and why the rest did not. */
    public record SendResult(List<UUID> sent, String failure) {
    }
}
