package app.tempo.platform.outbox;

import app.tempo.platform.outbox.JmsEventSender.Rejected;
import app.tempo.platform.outbox.JmsEventSender.SendResult;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves committed outbox rows to Artemis. One drain at a time per server (requests to drain while one runs are
 * folded into one more pass); several servers split the rows between them through the store's claim.
 * Two kinds of failure, two remedies: a broker that cannot be reached pauses the whole relay with a growing
 * back-off ({@link BrokerPause}); a row the broker refuses is put off on its own, with its own growing delay, so
 * the rows behind it still flow, and after {@code tempo.outbox.max-attempts} it is dead: left for an operator.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    /** First delay of both back-offs; each further failure doubles it up to its maximum. */
    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();

    private BrokerPause pause;
    private Backoff rowRetry;

    @Inject
    OutboxStore store;

    @Inject
    JmsEventSender sender;

    @Resource
    ManagedExecutorService executor;

    Clock clock = Clock.systemUTC();

    @Inject
    @ConfigProperty(name = "tempo.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @Inject
    @ConfigProperty(name = "tempo.outbox.lease-seconds", defaultValue = "30")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "tempo.outbox.backoff-max-seconds", defaultValue = "30")
    int backoffMaxSeconds;

    @Inject
    @ConfigProperty(name = "tempo.outbox.retry-max-seconds", defaultValue = "300")
    int retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "tempo.outbox.max-attempts", defaultValue = "10")
    int maxAttempts;

    @PostConstruct
    void configure() {
        pause = new BrokerPause(new Backoff(FIRST_DELAY, Duration.ofSeconds(backoffMaxSeconds)));
        rowRetry = new Backoff(FIRST_DELAY, Duration.ofSeconds(retryMaxSeconds));
    }

    public void drainSoon() {
        if (pause.holds(clock.instant())) {
            return;
        }
        requested.set(true);
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drainWhileRequested);
            } catch (RuntimeException e) {
                // e.g. RejectedExecutionException: no drain will run, so give the flag back, or none ever would
                draining.set(false);
                LOG.log(Level.WARNING, "Outbox relay could not start a drain; the next signal or sweep tries again: " + e);
            }
        }
    }

    private void drainWhileRequested() {
        try {
            while (!pause.holds(clock.instant()) && requested.getAndSet(false)) {
                drain();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox relay pass failed; the sweep retries", e);
        } finally {
            draining.set(false);
        }
        if (requested.get()) {
            drainSoon();
        }
    }

    /** Publishes every claimable row; stops when the broker cannot be reached and leaves the rest to the next pass. */
    void drain() {
        List<OutboxMessage> batch;
        while (!(batch = claimBatch()).isEmpty()) {
            SendResult result = sender.send(batch);
            store.markPublished(result.sent());
            result.rejected().forEach(this::putOff);
            if (result.brokerUnreachable()) {
                List<UUID> untried = result.untried(batch);
                store.release(untried);
                Duration pausedFor = pause.brokerUnreachable(clock.instant());
                LOG.log(Level.WARNING, "Outbox relay could not reach the broker; " + untried.size()
                        + " events wait, the relay pauses for " + pausedFor.toSeconds() + " s: " + result.brokerFailure());
                return;
            }
            pause.brokerReached();
        }
    }

    private void putOff(Rejected rejected) {
        OutboxMessage message = rejected.message();
        int attempts = store.recordFailedAttempt(message.eventId(), rejected.reason());
        if (attempts >= maxAttempts) {
            store.markDead(message.eventId());
            LOG.severe(() -> "Outbox event " + message.eventId() + " (" + message.eventType() + " to "
                    + message.destination() + ") is DEAD after " + attempts + " failed sends and will not be sent"
                    + " again until an operator re-arms it; last error: " + rejected.reason());
        } else {
            Duration delay = rowRetry.after(attempts);
            store.retryAfter(message.eventId(), delay);
            LOG.warning(() -> "Outbox event " + message.eventId() + " (" + message.eventType() + " to "
                    + message.destination() + ") failed to send, attempt " + attempts + " of " + maxAttempts
                    + ", next try in " + delay.toSeconds() + " s: " + rejected.reason());
        }
    }

    private List<OutboxMessage> claimBatch() {
        try {
            return store.claim(batchSize, leaseSeconds);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox relay could not read the outbox: " + e);
            return List.of();
        }
    }
}
