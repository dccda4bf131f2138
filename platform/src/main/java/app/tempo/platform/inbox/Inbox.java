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
     * True the first time; false for a redelivery or a duplicate. A concurrent duplicate waits on the primary key
     * until the first transaction ends, then sees the row.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        return entityManager.createNativeQuery(
                        "INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?1, ?2, now()) ON CONFLICT DO NOTHING")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
    }
}
