package app.tempo.platform.outbox;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.TransactionRolledBackException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;

/**
 * A broker and JNDI in memory, as much of them as the sender uses. Messages are identified by their duplicate id
 * (the event id). Any JMS method the sender is not expected to call fails the test.
 */
final class FakeJms implements JmsResources {

    /** Destinations JNDI knows. */
    final Set<String> destinations = new HashSet<>(Set.of("jms/x"));
    /** How many more connections can be made; then the broker is unreachable. */
    int connectionsLeft = Integer.MAX_VALUE;
    /** Artemis refuses a transaction holding a duplicate. */
    boolean refuseTransactions;
    /** Event ids whose message the broker refuses. */
    final Set<String> refusedMessages = new HashSet<>();
    /** Event id whose send finds the broker gone (and it stays gone). */
    String brokerDiesOnSendOf;

    /** What the broker stored, in order, by event id. */
    final List<String> stored = new ArrayList<>();
    final List<Boolean> sessionsTransacted = new ArrayList<>();
    final Map<String, Map<String, Object>> properties = new HashMap<>();
    int commits;
    int connectionsClosed;

    @Override
    public Connection connect() throws JMSException {
        if (connectionsLeft-- <= 0) {
            throw new JMSException("Failed to create session factory; connection refused");
        }
        return fake(Connection.class, (proxy, method, args) -> switch (method.getName()) {
            case "createSession" -> session((Boolean) args[0]);
            case "close" -> {
                connectionsClosed++;
                yield null;
            }
            default -> unexpected(method.getName());
        });
    }

    @Override
    public Destination destination(String jndiName) throws NamingException {
        if (!destinations.contains(jndiName)) {
            throw new NameNotFoundException(jndiName);
        }
        return new FakeDestination(jndiName);
    }

    private Session session(boolean transacted) {
        sessionsTransacted.add(transacted);
        List<String> uncommitted = new ArrayList<>();
        return fake(Session.class, (proxy, method, args) -> switch (method.getName()) {
            case "createProducer" -> producer(transacted, uncommitted);
            case "createTextMessage" -> textMessage((String) args[0]);
            case "commit" -> {
                if (refuseTransactions) {
                    throw new TransactionRolledBackException("AMQ229200: duplicate message detected, transaction rolled back");
                }
                commits++;
                stored.addAll(uncommitted);
                yield null;
            }
            default -> unexpected(method.getName());
        });
    }

    private MessageProducer producer(boolean transacted, List<String> uncommitted) {
        int[] deliveryMode = {DeliveryMode.NON_PERSISTENT};
        return fake(MessageProducer.class, (proxy, method, args) -> switch (method.getName()) {
            case "setDeliveryMode" -> {
                deliveryMode[0] = (Integer) args[0];
                yield null;
            }
            case "send" -> {
                TextMessage message = (TextMessage) args[1];
                String id = message.getStringProperty(ProducerSession.DUPLICATE_ID);
                if (id.equals(brokerDiesOnSendOf)) {
                    connectionsLeft = 0;
                    throw new JMSException("AMQ219010: Connection is destroyed");
                }
                if (refusedMessages.contains(id)) {
                    throw new JMSException("AMQ229032: message refused");
                }
                properties.get(id).put("persistent", deliveryMode[0] == DeliveryMode.PERSISTENT);
                properties.get(id).put("destination", ((FakeDestination) args[0]).name());
                (transacted ? uncommitted : stored).add(id);
                yield null;
            }
            default -> unexpected(method.getName());
        });
    }

    private TextMessage textMessage(String body) {
        Map<String, Object> values = new HashMap<>();
        return fake(TextMessage.class, (proxy, method, args) -> switch (method.getName()) {
            case "setStringProperty", "setIntProperty" -> {
                values.put((String) args[0], args[1]);
                if (args[0].equals(ProducerSession.DUPLICATE_ID)) {
                    properties.put((String) args[1], values);
                }
                yield null;
            }
            case "getStringProperty" -> values.get((String) args[0]);
            case "getText" -> body;
            default -> unexpected(method.getName());
        });
    }

    private static Object unexpected(String method) {
        throw new UnsupportedOperationException("the fake does not expect " + method);
    }

    private static <T> T fake(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(FakeJms.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> "fake " + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> handler.invoke(proxy, method, args);
                }));
    }

    record FakeDestination(String name) implements Destination {
    }
}
