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
    public void record(String consumer, String messageId, String eventId, int deliveryAttempt, FailureKind kind,
                       Throwable error) {
        String text = String.valueOf(error);
        entityManager.createNativeQuery("""
                        INSERT INTO delivery_failure (consumer, message_id, event_id, delivery_attempt, failed_at, error, kind)
                        VALUES (?1, ?2, ?3, ?4, now(), ?5, ?6)""")
                .setParameter(1, consumer)
                .setParameter(2, messageId)
                .setParameter(3, eventId)
                .setParameter(4, deliveryAttempt)
                .setParameter(5, text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text)
                .setParameter(6, kind.name())
                .executeUpdate();
    }

    /** How often this consumer has failed on this message for this kind of reason. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long count(String consumer, String messageId, FailureKind kind) {
        return ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM delivery_failure WHERE consumer = ?1 AND message_id = ?2 AND kind = ?3")
                .setParameter(1, consumer)
                .setParameter(2, messageId)
                .setParameter(3, kind.name())
                .getSingleResult()).longValue();
    }
}
