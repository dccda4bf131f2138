package it.tempo.support;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.QueueConnection;
import jakarta.jms.QueueRequestor;
import jakarta.jms.QueueSession;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
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

    /**
     * The number of messages in a queue, those delivered but not yet acknowledged included (the broker's
     * {@code messageCount}): 0 means every message sent to it was applied or dead-lettered.
     */
    public static long messageCount(String queue) {
        try (QueueConnection connection = ((ActiveMQConnectionFactory) factory()).createQueueConnection();
             QueueSession session = connection.createQueueSession(false, Session.AUTO_ACKNOWLEDGE)) {
            QueueRequestor requestor = new QueueRequestor(session, session.createQueue("activemq.management"));
            connection.start();
            Message request = session.createMessage();
            JMSManagementHelper.putAttribute(request, ResourceNames.QUEUE + queue, "messageCount");
            Message reply = requestor.request(request);
            if (!JMSManagementHelper.hasOperationSucceeded(reply)) {
                throw new AssertionError("the broker did not give the message count of " + queue + ": " + JMSManagementHelper.getResult(reply));
            }
            return ((Number) JMSManagementHelper.getResult(reply, Long.class)).longValue();
        } catch (Exception e) {
            throw new AssertionError("cannot ask the broker about " + queue, e);
        }
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

    /** Publishes many persistent text messages to an address in one connection, committing every 500. */
    public static void publishAll(String address, List<String> bodies, Function<String, Map<String, Object>> propertiesOf) {
        try (Connection connection = factory().createConnection();
             Session session = connection.createSession(true, Session.SESSION_TRANSACTED)) {
            MessageProducer producer = session.createProducer(session.createTopic(address));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            int sent = 0;
            for (String body : bodies) {
                TextMessage message = session.createTextMessage(body);
                for (Map.Entry<String, Object> property : propertiesOf.apply(body).entrySet()) {
                    message.setObjectProperty(property.getKey(), property.getValue());
                }
                producer.send(message);
                if (++sent % 500 == 0) {
                    session.commit();
                }
            }
            session.commit();
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
