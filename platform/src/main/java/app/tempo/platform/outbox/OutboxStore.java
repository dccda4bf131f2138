package app.tempo.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The relay's view of the outbox. Rows are claimed with a lease ({@code FOR UPDATE SKIP LOCKED}) so replicas
 * do not send the same rows at once, and a crashed replica's claim expires.
 */
@ApplicationScoped
public class OutboxStore {

    private static final String CLAIM = """
            UPDATE outbox_event SET claimed_until = now() + make_interval(secs => ?1)
             WHERE event_id IN (SELECT event_id FROM outbox_event
                                 WHERE published_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
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

    /** Gives unsent rows back at once (instead of at lease expiry) after a failed send. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(Collection<UUID> eventIds) {
        if (!eventIds.isEmpty()) {
            entityManager.createNativeQuery(
                            "UPDATE outbox_event SET claimed_until = NULL WHERE event_id = ANY (CAST(?1 AS uuid[]))")
                    .setParameter(1, toArrayLiteral(eventIds))
                    .executeUpdate();
        }
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
