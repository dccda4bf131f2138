package app.tempo.platform.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Deletes expired rows, one batch per transaction so no purge holds many locks or a long transaction. */
@ApplicationScoped
public class RetentionStore {

    @PersistenceContext
    EntityManager entityManager;

    /** Deletes at most {@code limit} rows older than {@code days}; returns how many it deleted. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteBatch(ExpiringRows rows, int days, int limit) {
        var statement = entityManager.createNativeQuery(rows.deleteBatch).setParameter(1, days).setParameter(2, limit);
        return rows.countsWithSelect() ? ((Number) statement.getSingleResult()).intValue() : statement.executeUpdate();
    }
}
