package app.tempo.platform.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What each device's mutations answered, so that a replayed queue is answered from here and not applied again. */
@ApplicationScoped
@Transactional
public class MutationLog {

    @PersistenceContext
    EntityManager entityManager;

    public Optional<BatchResult.Result> find(String subject, String device, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT status, etag, body FROM sync_mutation WHERE subject = ?1 AND device_id = ?2 AND mutation_id = ?3")
                .setParameter(1, subject).setParameter(2, device).setParameter(3, id).getResultList();
        return rows.stream().findFirst().map(row -> new BatchResult.Result(id, ((Number) row[0]).intValue(), (String) row[1],
                parse((String) row[2]), true));
    }

    /** The highest mutation id recorded for the device, if any. */
    public Optional<Long> last(String subject, String device) {
        Object last = entityManager.createNativeQuery("SELECT max(mutation_id) FROM sync_mutation WHERE subject = ?1 AND device_id = ?2")
                .setParameter(1, subject).setParameter(2, device).getSingleResult();
        return Optional.ofNullable(last).map(value -> ((Number) value).longValue());
    }

    /**
     * Records an answer. Its commit does not wait for the disk ({@code synchronous_commit = off}, this transaction
     * only): a record lost in a database crash costs only a recomputed answer when the device replays the mutation,
     * and every write the mutations stand for is idempotent (or keyed), while waiting would double the time per
     * mutation.
     */
    public void record(String subject, String device, long id, int status, String etag, String body) {
        entityManager.createNativeQuery("SET LOCAL synchronous_commit = off").executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO sync_mutation (subject, device_id, mutation_id, status, etag, body, recorded_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING""")
                .setParameter(1, subject).setParameter(2, device).setParameter(3, id).setParameter(4, status)
                .setParameter(5, etag).setParameter(6, body).setParameter(7, Timestamp.from(Instant.now())).executeUpdate();
    }

    static JsonValue parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonException e) {
            return Json.createValue(body);
        }
    }
}
