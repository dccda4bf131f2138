package it.tempo.support;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.Map;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** A plain JMS client of the running Artemis broker, for what the ESB or a faulty producer would send. */
public final class Broker {

    public static final String TRAINING_EVENTS = "tempo.training.events";

    private Broker() {
    }

    private static ConnectionFactory factory() {
        return new ActiveMQConnectionFactory(Stack.brokerUrl(), "tempo", Stack.brokerPassword());
    }

    /**
     * A factory for one of the broker users ./tempo writes (tempo-account, tempo-training, …, esb), with its password
     * from the same variable ({@code TEMPO_ACCOUNT_BROKER_PASSWORD} …). It buffers nothing, so a consumer it opens
     * takes no message from the servers' own consumers.
     */
    public static ConnectionFactory factoryAs(String user) {
        String variable = "TEMPO_" + user.replaceFirst("^tempo-", "").replace('-', '_').toUpperCase() + "_BROKER_PASSWORD";
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(Stack.brokerUrl(), user, Stack.envOr(variable, "tempo-local-only"));
        factory.setConsumerWindowSize(0);
        return factory;
    }

    /** Publishes a persistent text message to an address (multicast); returns its JMSMessageID. */
    public static String publish(String address, String body, Map<String, Object> properties) {
        try (Connection connection = factory().createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            MessageProducer producer = session.createProducer(session.createTopic(address));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            TextMessage message = session.createTextMessage(body);
            for (Map.Entry<String, Object> property : properties.entrySet()) {
                message.setObjectProperty(property.getKey(), property.getValue());
            }
            producer.send(message);
            return message.getJMSMessageID();
        } catch (JMSException e) {
            throw new AssertionError("cannot publish to " + address, e);
        }
    }

    /** Takes the first message matching the selector from a queue ("address::queue"), or null after the wait. */
    public static TextMessage take(String fullyQualifiedQueue, String selector, Duration wait) {
        try (Connection connection = factory().createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            MessageConsumer consumer = session.createConsumer(session.createQueue(fullyQualifiedQueue), selector);
            Message message = consumer.receive(wait.toMillis());
            return (TextMessage) message;
        } catch (JMSException e) {
            throw new AssertionError("cannot read " + fullyQualifiedQueue, e);
        }
    }
}
