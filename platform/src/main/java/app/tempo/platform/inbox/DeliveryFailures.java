package app.tempo.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Keeps a row per failed delivery attempt, in its own transaction so it survives the rollback of the attempt. */
@ApplicationScoped
public class DeliveryFailures {

    private static final int MAX_ERROR_LENGTH = 2000;

    @PersistenceContext
    EntityManager entityManager;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String consumer, String messageId, String eventId, int deliveryAttempt, Throwable error) {
        String text = String.valueOf(error);
        entityManager.createNativeQuery("""
                        INSERT INTO delivery_failure (consumer, message_id, event_id, delivery_attempt, failed_at, error)
                        VALUES (?1, ?2, ?3, ?4, now(), ?5)""")
                .setParameter(1, consumer)
                .setParameter(2, messageId)
                .setParameter(3, eventId)
                .setParameter(4, deliveryAttempt)
                .setParameter(5, text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text)
                .executeUpdate();
    }
}
