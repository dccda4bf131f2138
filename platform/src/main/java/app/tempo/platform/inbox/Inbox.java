package app.tempo.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Records which events a consumer has applied, in the same transaction as the effect. */
@ApplicationScoped
public class Inbox {

    @PersistenceContext
    EntityManager entityManager;

    /**
     * True the first time; false for a redelivery or a duplicate, which is counted on the row. A concurrent duplicate
     * waits on the primary key until the first transaction ends, then sees the row. {@code deliveryCount} is the
     * broker's count for this delivery (1 the first time).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId, int deliveryCount) {
        boolean first = entityManager.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id, processed_at, delivery_count) VALUES (?1, ?2, now(), ?3)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .setParameter(3, Math.max(deliveryCount, 1))
                .executeUpdate() == 1;
        if (!first) {
            entityManager.createNativeQuery("UPDATE processed_event SET duplicates = duplicates + 1 WHERE consumer = ?1 AND event_id = ?2")
                    .setParameter(1, consumer)
                    .setParameter(2, eventId)
                    .executeUpdate();
        }
        return first;
    }
}
