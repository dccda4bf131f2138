package app.tempo.platform.outbox;

import app.tempo.platform.telemetry.TraceContext;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;

/**
 * A connection with its one session and producer (in a Jakarta EE container a connection has at most one session).
 * Opening one is the sender's test of whether the broker is reachable.
 */
final class ProducerSession implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ProducerSession.class.getName());

    /** Artemis drops a second message with the same value of this property (duplicate detection). */
    static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    private final Connection connection;
    private final Session session;
    private final MessageProducer producer;

    private ProducerSession(Connection connection, Session session, MessageProducer producer) {
        this.connection = connection;
        this.session = session;
        this.producer = producer;
    }

    static ProducerSession open(JmsResources jms, boolean transacted) throws JMSException, NamingException {
        Connection connection = jms.connect();
        try {
            Session session = transacted
                    ? connection.createSession(true, Session.SESSION_TRANSACTED)
                    : connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(null);
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            return new ProducerSession(connection, session, producer);
        } catch (JMSException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    void send(Destination destination, OutboxMessage message, TraceContext trace) throws JMSException {
        producer.send(destination, toJms(message, trace));
    }

    void commit() throws JMSException {
        session.commit();
    }

    /** Closing the connection closes its session and producer; a failure to close changes nothing already sent. */
    @Override
    public void close() {
        closeQuietly(connection);
    }

    private TextMessage toJms(OutboxMessage message, TraceContext trace) throws JMSException {
        TextMessage jms = session.createTextMessage(message.body());
        jms.setStringProperty("eventId", message.eventId().toString());
        jms.setStringProperty("eventType", message.eventType());
        jms.setIntProperty("eventVersion", message.eventVersion());
        jms.setStringProperty("occurredAt", message.occurredAt().toString());
        jms.setStringProperty("subject", message.subject());
        jms.setStringProperty("JMSXGroupID", message.aggregateId());
        jms.setStringProperty(DUPLICATE_ID, message.eventId().toString());
        if (trace != null) {
            jms.setStringProperty("traceparent", trace.parent());
            if (trace.state() != null && !trace.state().isEmpty()) {
                jms.setStringProperty("tracestate", trace.state());
            }
        }
        return jms;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.FINE, "Closing a JMS connection failed", e);
        }
    }
}
