package app.tempo.platform.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Each {@code Idempotency-Key}'s request and answer, per user. A key is claimed before its request runs and holds
 * the answer after; a claim whose server died before answering expires after {@link #LEASE_SECONDS}, and the key can
 * then be claimed again (so in that crash window the request may run twice: README, "Offline sync").
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IdempotencyStore {

    static final int LEASE_SECONDS = 60;

    /** What a key holds now. */
    public record Entry(String requestHash, Integer status, String etag, String location, String body, boolean claimExpired) {
    }

    @PersistenceContext
    EntityManager entityManager;

    /** True when this request now holds the key; false when someone holds or held it (see {@link #find}). */
    public boolean claim(String subject, String key, String requestHash) {
        int taken = entityManager.createNativeQuery("""
                        INSERT INTO idempotent_request (subject, idempotency_key, request_hash, claimed_until, recorded_at)
                        VALUES (?1, ?2, ?3, now() + make_interval(secs => ?4), now())
                        ON CONFLICT (subject, idempotency_key) DO UPDATE
                        SET request_hash = excluded.request_hash, claimed_until = excluded.claimed_until, recorded_at = now()
                        WHERE idempotent_request.status IS NULL AND idempotent_request.claimed_until < now()""")
                .setParameter(1, subject).setParameter(2, key).setParameter(3, requestHash).setParameter(4, LEASE_SECONDS)
                .executeUpdate();
        return taken == 1;
    }

    public Optional<Entry> find(String subject, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT request_hash, status, etag, location, body, claimed_until < now() FROM idempotent_request
                        WHERE subject = ?1 AND idempotency_key = ?2""")
                .setParameter(1, subject).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(row -> new Entry((String) row[0], row[1] == null ? null : ((Number) row[1]).intValue(),
                (String) row[2], (String) row[3], (String) row[4], (Boolean) row[5]));
    }

    public void answer(String subject, String key, int status, String etag, String location, String body) {
        entityManager.createNativeQuery("""
                        UPDATE idempotent_request SET status = ?3, etag = ?4, location = ?5, body = ?6, recorded_at = now()
                        WHERE subject = ?1 AND idempotency_key = ?2""")
                .setParameter(1, subject).setParameter(2, key).setParameter(3, status).setParameter(4, etag)
                .setParameter(5, location).setParameter(6, body).executeUpdate();
    }

    /** The request failed on the server's side: the key is free again, so the client's retry runs it. */
    public void release(String subject, String key) {
        entityManager.createNativeQuery("DELETE FROM idempotent_request WHERE subject = ?1 AND idempotency_key = ?2 AND status IS NULL")
                .setParameter(1, subject).setParameter(2, key).executeUpdate();
    }
}
