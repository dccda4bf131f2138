package app.tempo.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The relay's view of the outbox. Rows are claimed with a lease ({@code FOR UPDATE SKIP LOCKED}) so replicas
 * do not send the same rows at once, and a crashed replica's claim expires. A row that fails on its own is put off
 * by moving its lease into the future, so the rows behind it are claimed meanwhile; a dead row ({@code dead_at})
 * is never claimed again. An operator re-arms one with
 * {@code UPDATE outbox_event SET dead_at = NULL, attempts = 0 WHERE event_id = '…'}.
 */
@ApplicationScoped
public class OutboxStore {

    private static final int MAX_ERROR_LENGTH = 2000;

    private static final String CLAIM = """
            UPDATE outbox_event SET claimed_until = now() + make_interval(secs => ?1)
             WHERE event_id IN (SELECT event_id FROM outbox_event
                                 WHERE published_at IS NULL AND dead_at IS NULL
                                   AND (claimed_until IS NULL OR claimed_until < now())
                                 ORDER BY seq LIMIT ?2 FOR UPDATE SKIP LOCKED)
            RETURNING event_id""";

    @PersistenceContext
    EntityManager entityManager;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxMessage> claim(int batchSize, int leaseSeconds) {
        @SuppressWarnings("unchecked")
        List<Object> ids = entityManager.createNativeQuery(CLAIM)
                .setParameter(1, leaseSeconds)
                .setParameter(2, batchSize)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.eventId IN :ids ORDER BY m.sequence", OutboxMessage.class)
                .setParameter("ids", ids.stream().map(id -> UUID.fromString(id.toString())).toList())
                .getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markPublished(Collection<UUID> eventIds) {
        if (!eventIds.isEmpty()) {
            entityManager.createNativeQuery(
                            "UPDATE outbox_event SET published_at = now(), claimed_until = NULL WHERE event_id = ANY (CAST(?1 AS uuid[]))")
                    .setParameter(1, toArrayLiteral(eventIds))
                    .executeUpdate();
        }
    }

    /** Gives unsent rows back at once (instead of at lease expiry) after the broker could not be reached. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(Collection<UUID> eventIds) {
        if (!eventIds.isEmpty()) {
            entityManager.createNativeQuery(
                            "UPDATE outbox_event SET claimed_until = NULL WHERE event_id = ANY (CAST(?1 AS uuid[]))")
                    .setParameter(1, toArrayLiteral(eventIds))
                    .executeUpdate();
        }
    }

    /** Counts a send of this row that failed on its own; returns how many have failed so far (0 if the row is gone). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int recordFailedAttempt(UUID eventId, String error) {
        @SuppressWarnings("unchecked")
        List<Object> attempts = entityManager.createNativeQuery(
                        "UPDATE outbox_event SET attempts = attempts + 1, last_error = ?2 WHERE event_id = ?1 RETURNING attempts")
                .setParameter(1, eventId)
                .setParameter(2, error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error)
                .getResultList();
        return attempts.isEmpty() ? 0 : ((Number) attempts.get(0)).intValue();
    }

    /** Keeps the row claimed for {@code delay}: no relay tries it again before then. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retryAfter(UUID eventId, Duration delay) {
        entityManager.createNativeQuery(
                        "UPDATE outbox_event SET claimed_until = now() + make_interval(secs => ?2) WHERE event_id = ?1")
                .setParameter(1, eventId)
                .setParameter(2, delay.toMillis() / 1000.0)
                .executeUpdate();
    }

    /** Gives up on the row: it stays in the outbox, unpublished, for an operator, and is never claimed again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markDead(UUID eventId) {
        entityManager.createNativeQuery(
                        "UPDATE outbox_event SET dead_at = now(), claimed_until = NULL WHERE event_id = ?1 AND published_at IS NULL")
                .setParameter(1, eventId)
                .executeUpdate();
    }

    /** How many rows the relay gave up on (for health data and alerts); served by a partial index of dead rows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long deadCount() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM outbox_event WHERE dead_at IS NOT NULL")
                .getSingleResult()).longValue();
    }

    /**
     * How long the oldest row still to be published has waited, in seconds (0 when none waits): the relay's lag.
     * Dead rows are not waiting (they are counted by {@link #deadCount()}); the pending rows' index serves the order.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public double oldestPendingAgeSeconds() {
        @SuppressWarnings("unchecked")
        List<Object> age = entityManager.createNativeQuery("""
                        SELECT extract(epoch FROM now() - occurred_at) FROM outbox_event
                         WHERE published_at IS NULL AND dead_at IS NULL ORDER BY seq LIMIT 1""")
                .getResultList();
        return age.isEmpty() ? 0 : Math.max(0, ((Number) age.get(0)).doubleValue());
    }

    private static String toArrayLiteral(Collection<UUID> ids) {
        StringBuilder literal = new StringBuilder("{");
        for (UUID id : ids) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append(id);
        }
        return literal.append('}').toString();
    }
}
