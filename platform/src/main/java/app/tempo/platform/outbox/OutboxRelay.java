package app.tempo.platform.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves committed outbox rows to Artemis. One drain at a time per server (requests to drain while one runs are
 * folded into one more pass); several servers split the rows between them through the store's claim.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();

    @Inject
    OutboxStore store;

    @Inject
    JmsEventSender sender;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "tempo.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @Inject
    @ConfigProperty(name = "tempo.outbox.lease-seconds", defaultValue = "30")
    int leaseSeconds;

    public void drainSoon() {
        requested.set(true);
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drainWhileRequested);
        }
    }

    private void drainWhileRequested() {
        try {
            while (requested.getAndSet(false)) {
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

    /** Publishes every claimable row; stops at the first send failure and leaves the rest for the next pass. */
    void drain() {
        List<OutboxMessage> batch;
        while (!(batch = claimBatch()).isEmpty()) {
            JmsEventSender.SendResult result = sender.send(batch);
            store.markPublished(result.sent());
            if (result.failure() != null) {
                List<UUID> unsent = new ArrayList<>();
                batch.stream().map(OutboxMessage::eventId).filter(id -> !result.sent().contains(id)).forEach(unsent::add);
                store.release(unsent);
                LOG.log(Level.WARNING, "Outbox relay could not reach the broker; " + unsent.size()
                        + " events wait for the next pass: " + result.failure());
                return;
            }
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
