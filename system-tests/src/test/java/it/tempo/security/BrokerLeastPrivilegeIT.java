package it.tempo.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.tempo.support.Broker;
import it.tempo.support.Stack;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each server's broker user holds its WAR's rights and no more (broker.xml, security-settings): a consumer reads its
 * own queue only, only training-war publishes training events, the ESB reads nothing it was not given, and no server
 * user creates queues or subscriptions of its own. Every refusal comes after the user logged in (and, for the
 * consumers, beside a read of their own queue), so a user that cannot log in at all fails here rather than passes;
 * that each may do its own work is shown by every delivery test.
 */
class BrokerLeastPrivilegeIT {

    private static final String ACCOUNT_QUEUE = Broker.TRAINING_EVENTS + "::tempo.training.events.account";
    private static final String INTERACTION_QUEUE = Broker.TRAINING_EVENTS + "::tempo.training.events.interaction";
    private static final String ACCOUNT_EVENTS = "tempo.account.events";
    private static final String INTERACTION_ACCOUNT_QUEUE = ACCOUNT_EVENTS + "::tempo.account.events.interaction";
    private static final String TRAINING_ACCOUNT_QUEUE = ACCOUNT_EVENTS + "::tempo.account.events.training";
    private static final String STORE_QUEUE = "tempo.integration.store::tempo.integration.store.esb";
    private static final List<String> SERVER_USERS = List.of("tempo-account", "tempo-training", "tempo-interaction");

    @Test
    void aConsumerReadsItsOwnQueueAndNotTheOthers() throws JMSException {
        try (Connection account = Broker.factoryAs("tempo-account").createConnection();
             Session session = account.createSession(false, Session.CLIENT_ACKNOWLEDGE)) {
            assertDoesNotThrow(() -> session.createConsumer(session.createQueue(ACCOUNT_QUEUE)).close());
            assertThrows(JMSSecurityException.class, () -> session.createConsumer(session.createQueue(INTERACTION_QUEUE)));
        }
        try (Connection interaction = Broker.factoryAs("tempo-interaction").createConnection();
             Session session = interaction.createSession(false, Session.CLIENT_ACKNOWLEDGE)) {
            assertDoesNotThrow(() -> session.createConsumer(session.createQueue(INTERACTION_QUEUE)).close());
            assertThrows(JMSSecurityException.class, () -> session.createConsumer(session.createQueue(ACCOUNT_QUEUE)));
            assertThrows(JMSSecurityException.class, () -> session.createConsumer(session.createQueue(TRAINING_ACCOUNT_QUEUE)));
        }
        try (Connection training = Broker.factoryAs("tempo-training").createConnection();
             Session session = training.createSession(false, Session.CLIENT_ACKNOWLEDGE)) {
            assertDoesNotThrow(() -> session.createConsumer(session.createQueue(TRAINING_ACCOUNT_QUEUE)).close());
            assertThrows(JMSSecurityException.class, () -> session.createConsumer(session.createQueue(INTERACTION_ACCOUNT_QUEUE)));
            assertThrows(JMSSecurityException.class, () -> session.createConsumer(session.createQueue(ACCOUNT_QUEUE)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tempo-account", "tempo-interaction", "esb"})
    void onlyTrainingWarPublishesTrainingEvents(String user) throws JMSException {
        try (Connection connection = Broker.factoryAs(user).createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            MessageProducer producer = session.createProducer(session.createTopic(Broker.TRAINING_EVENTS));
            assertThrows(JMSSecurityException.class, () -> producer.send(session.createTextMessage("{}")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tempo-training", "tempo-interaction", "esb"})
    void onlyAccountWarPublishesAccountEvents(String user) throws JMSException {
        try (Connection connection = Broker.factoryAs(user).createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            MessageProducer producer = session.createProducer(session.createTopic(ACCOUNT_EVENTS));
            assertThrows(JMSSecurityException.class, () -> producer.send(session.createTextMessage("{}")));
        }
    }

    @Test
    void theEsbReadsTheStoresHintsAndNotTheAccountQueues() throws JMSException {
        try (Connection esb = Broker.factoryAs("esb").createConnection();
             Session session = esb.createSession(false, Session.CLIENT_ACKNOWLEDGE)) {
            esb.start();
            assertDoesNotThrow(() -> session.createBrowser(session.createQueue(STORE_QUEUE)).getEnumeration());
            assertThrows(JMSSecurityException.class, () -> session.createConsumer(session.createQueue(INTERACTION_ACCOUNT_QUEUE)));
        }
        try (Connection account = Broker.factoryAs("tempo-account").createConnection();
             Session session = account.createSession(false, Session.CLIENT_ACKNOWLEDGE)) {
            account.start();
            assertThrows(JMSSecurityException.class, () -> session.createConsumer(session.createQueue(INTERACTION_ACCOUNT_QUEUE)),
                    "the publisher reads none of its consumers' queues");
        }
    }

    @Test
    void trainingWarPublishesButReadsNoQueue() throws JMSException {
        try (Connection training = Broker.factoryAs("tempo-training").createConnection();
             Session session = training.createSession(false, Session.CLIENT_ACKNOWLEDGE)) {
            training.start();
            assertThrows(JMSSecurityException.class, () -> session.createConsumer(session.createQueue(ACCOUNT_QUEUE)));
            assertThrows(JMSSecurityException.class, () -> session.createConsumer(session.createQueue(INTERACTION_QUEUE)));
        }
    }

    /** A WAR counts its dead letters for the depth gauge by browsing; taking them is the operators' (README, Least privilege). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tempo-account", "tempo-training", "tempo-interaction"})
    void aConsumerBrowsesTheDeadLettersButNeverTakesThem(String user) throws JMSException {
        // the queue exists once something was dead-lettered on the address; an operator's consumer makes it if not yet
        Broker.take("tempo.dlq::dlq.tempo.training.events", "testRun = 'no such run'", Duration.ofMillis(10));
        try (Connection connection = Broker.factoryAs(user).createConnection();
             Session session = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE)) {
            connection.start();
            Queue deadLetters = session.createQueue("tempo.dlq::dlq.tempo.training.events");
            assertDoesNotThrow(() -> session.createBrowser(deadLetters).getEnumeration());
            assertThrows(JMSSecurityException.class, () -> session.createConsumer(deadLetters));
        }
        try (Connection esb = Broker.factoryAs("esb").createConnection();
             Session session = esb.createSession(false, Session.CLIENT_ACKNOWLEDGE)) {
            esb.start();
            assertThrows(JMSSecurityException.class,
                    () -> session.createBrowser(session.createQueue("tempo.dlq::dlq.tempo.training.events")).getEnumeration());
        }
    }

    @Test
    void theEsbReadsNoInternalQueue() throws JMSException {
        try (Connection esb = Broker.factoryAs("esb").createConnection();
             Session session = esb.createSession(false, Session.CLIENT_ACKNOWLEDGE)) {
            esb.start();
            assertThrows(JMSSecurityException.class, () -> session.createConsumer(session.createQueue(ACCOUNT_QUEUE)));
            assertThrows(JMSSecurityException.class, () -> session.createBrowser(session.createQueue(INTERACTION_QUEUE)).getEnumeration());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tempo-account", "tempo-training", "tempo-interaction", "esb"})
    void noApplicationUserCreatesASubscriptionOfItsOwn(String user) throws JMSException {
        try (Connection connection = Broker.factoryAs(user).createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            connection.start();
            Topic events = session.createTopic(Broker.TRAINING_EVENTS);
            assertThrows(JMSSecurityException.class, () -> session.createSharedDurableConsumer(events, "intruder-" + UUID.randomUUID()));
            assertThrows(JMSSecurityException.class, () -> session.createConsumer(events));
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        for (String user : SERVER_USERS) {
            assertThrows(JMSSecurityException.class, () -> new ActiveMQConnectionFactory(Stack.brokerUrl(), user, "not-" + user).createConnection().close());
        }
    }
}
