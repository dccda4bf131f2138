package app.tempo.platform.retention;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every ten minutes, deletes what no one needs any more: published outbox rows, inbox records, delivery failures
 * and the sync feed's tombstones past their retention. Each replica runs it; their batches skip each other's rows. Non-persistent like
 * the outbox sweep: a run missed while the server was down is simply the next run's work.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class RetentionTimer {

    private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());

    static final int BATCH_SIZE = 1000;
    /** At most 100,000 rows per table per run; a bigger backlog is worked off over the next runs. */
    static final int MAX_BATCHES = 100;

    @Inject
    RetentionStore store;

    @Inject
    @ConfigProperty(name = "tempo.retention.outbox-days", defaultValue = "7")
    int outboxDays;

    /** Must exceed how long a duplicate can still arrive (see {@link ExpiringRows#PROCESSED_EVENTS}). */
    @Inject
    @ConfigProperty(name = "tempo.retention.processed-days", defaultValue = "30")
    int processedDays;

    @Inject
    @ConfigProperty(name = "tempo.retention.failure-days", defaultValue = "30")
    int failureDays;

    /** A device offline for longer than this must resync from scratch (410 on its cursor). */
    @Inject
    @ConfigProperty(name = "tempo.retention.tombstone-days", defaultValue = "30")
    int tombstoneDays;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each batch commits on its own
    void purge() {
        deleteExpired(ExpiringRows.PUBLISHED_OUTBOX_EVENTS, outboxDays);
        deleteExpired(ExpiringRows.PROCESSED_EVENTS, processedDays);
        deleteExpired(ExpiringRows.DELIVERY_FAILURES, failureDays);
        deleteExpired(ExpiringRows.SYNC_TOMBSTONES, tombstoneDays);
        deleteExpired(ExpiringRows.SYNC_MUTATIONS, tombstoneDays);
        deleteExpired(ExpiringRows.IDEMPOTENCY_KEYS, tombstoneDays);
    }

    private void deleteExpired(ExpiringRows rows, int days) {
        if (days < 1) {
            LOG.severe(() -> "Retention of " + rows + " is set to " + days + " days; it must be at least 1: nothing deleted");
            return;
        }
        try {
            long deleted = BatchedDeletion.deleteAll(() -> store.deleteBatch(rows, days, BATCH_SIZE), BATCH_SIZE, MAX_BATCHES);
            if (deleted > 0) {
                LOG.info(() -> "Retention deleted " + deleted + " " + rows + " older than " + days + " days");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention of " + rows + " failed; the next run tries again", e);
        }
    }
}
