package app.tempo.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.util.Collections;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves a message the consumer can never apply to the dead-letter address at once, where the broker would only
 * move it after its last redelivery. The copy lands where the broker puts its own dead letters
 * ({@code tempo.dlq::dlq.<original address>}) and carries the properties Artemis' {@code retryMessages} reads to
 * send it back to the consumer's queue ({@code <address>.<consumer>}, the naming rule of contracts/README.md).
 */
@ApplicationScoped
public class DeadLetters {

    static final String DEAD_LETTER_ADDRESS = "tempo.dlq";

    @Inject
    @ConfigProperty(name = "tempo.jms.connection-factory", defaultValue = "jms/tempo")
    String connectionFactoryName;

    /** Sends the copy; throws if the broker cannot take it, so the delivery is rolled back and tried again. */
    public void deadLetter(String consumer, Message original, String reason) {
        try (Connection connection = ((ConnectionFactory) new InitialContext().lookup(connectionFactoryName)).createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            String address = addressOf(original);
            MessageProducer producer = session.createProducer(session.createQueue(
                    DEAD_LETTER_ADDRESS + "::dlq." + address));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            producer.send(copyOf(session, original, consumer, address, reason));
        } catch (JMSException | NamingException e) {
            throw new IllegalStateException("cannot dead-letter message " + messageId(original) + ": " + e, e);
        }
    }

    private static Message copyOf(Session session, Message original, String consumer, String address, String reason)
            throws JMSException {
        Message copy = bodyOf(session, original);
        for (Object name : Collections.list(original.getPropertyNames())) {
            String property = (String) name;
            if (!property.startsWith("JMSX") && !property.startsWith("_AMQ") || property.equals("JMSXGroupID")) {
                copy.setObjectProperty(property, original.getObjectProperty(property));
            }
        }
        copy.setStringProperty("_AMQ_ORIG_ADDRESS", address);
        copy.setStringProperty("_AMQ_ORIG_QUEUE", address + "." + consumer);
        copy.setStringProperty("_AMQ_ORIG_MESSAGE_ID", messageId(original));
        // a redelivery after a crash between this send and the acknowledgement sends the same copy again
        copy.setStringProperty("_AMQ_DUPL_ID", "dead-letter:" + consumer + ":" + messageId(original));
        copy.setStringProperty("deadLetterConsumer", consumer);
        copy.setStringProperty("deadLetterReason", reason.length() > 1000 ? reason.substring(0, 1000) : reason);
        return copy;
    }

    /** The same body: text as text, anything else as its bytes, so nothing an operator may replay is lost. */
    private static Message bodyOf(Session session, Message original) throws JMSException {
        if (original instanceof TextMessage text) {
            return session.createTextMessage(text.getText());
        }
        BytesMessage copy = session.createBytesMessage();
        if (original instanceof BytesMessage bytes) {
            bytes.reset();
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(body);
            copy.writeBytes(body);
        }
        return copy;
    }

    private static String addressOf(Message message) throws JMSException {
        Destination destination = message.getJMSDestination();
        if (destination instanceof Topic topic) {
            return topic.getTopicName();
        }
        if (destination instanceof jakarta.jms.Queue queue) {
            return queue.getQueueName();
        }
        throw new JMSException("message " + message.getJMSMessageID() + " names no address");
    }

    private static String messageId(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "unknown";
        }
    }
}
