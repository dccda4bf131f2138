package app.tempo.interaction.infrastructure.live;

import app.tempo.platform.outbox.JmsResources;
import app.tempo.platform.sync.FeedChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * The signals between replicas, and MicroProfile Reactive Messaging's part in them: two in-memory channels that keep
 * the threads that cause a signal (a committing request, the broker's delivery) from doing its I/O. A commit that
 * wrote feeds emits on {@code live-committed}; its consumer sends the athletes' subjects to the broker's
 * {@code tempo.interaction.live} topic (non-persistent: a lost signal costs a heartbeat's delay, not a change), which
 * every replica subscribes to; a received signal is emitted on {@code live-received}, whose consumer asks this
 * server's connections to catch up. Both channels keep only the latest tick ({@code LATEST}) while the subjects
 * gather in a set, so a burst becomes one message and one round of reads.
 */
@ApplicationScoped
public class LiveSignals {

    private static final Logger LOG = Logger.getLogger(LiveSignals.class.getName());
    static final String COMMITTED = "live-committed";
    static final String RECEIVED = "live-received";
    /** Subjects per broker message; more go in several. */
    static final int PER_MESSAGE = 500;

    private final Set<String> toSend = ConcurrentHashMap.newKeySet();
    private final Set<String> received = ConcurrentHashMap.newKeySet();

    @Inject
    @Channel(COMMITTED)
    @OnOverflow(OnOverflow.Strategy.LATEST)
    Emitter<String> committed;

    @Inject
    @Channel(RECEIVED)
    @OnOverflow(OnOverflow.Strategy.LATEST)
    Emitter<String> arrivals;

    @Inject
    JmsResources jms;

    @Inject
    LiveConnections connections;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "tempo.live.topic", defaultValue = "jms/interaction/live")
    String topic;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) FeedChanged changed) {
        toSend.addAll(changed.subjects());
        committed.send("tick");
    }

    @Incoming(COMMITTED)
    public void onCommitted(String tick) {
        executor.execute(this::send);
    }

    /** A signal from the broker (any replica, this one included). */
    public void received(Collection<String> subjects) {
        received.addAll(subjects);
        arrivals.send("tick");
    }

    @Incoming(RECEIVED)
    public void onReceived(String tick) {
        List<String> subjects = drain(received);
        if (!subjects.isEmpty()) {
            connections.feedsMoved(subjects);
        }
    }

    private void send() {
        List<String> subjects = drain(toSend);
        if (subjects.isEmpty()) {
            return;
        }
        try (Connection connection = jms.connect()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(jms.destination(topic));
            producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
            for (int from = 0; from < subjects.size(); from += PER_MESSAGE) {
                JsonArrayBuilder batch = Json.createArrayBuilder();
                subjects.subList(from, Math.min(subjects.size(), from + PER_MESSAGE)).forEach(batch::add);
                producer.send(session.createTextMessage(batch.build().toString()));
            }
        } catch (JMSException | NamingException | RuntimeException e) {
            // live clients catch up on their next heartbeat: a lost signal delays, it loses nothing
            LOG.log(Level.FINE, "A live signal could not be sent", e);
        }
    }

    private static List<String> drain(Set<String> subjects) {
        List<String> drained = new ArrayList<>();
        for (String subject : List.copyOf(subjects)) {
            if (subjects.remove(subject)) {
                drained.add(subject);
            }
        }
        return drained;
    }
}
