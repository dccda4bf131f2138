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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What each device's mutations answered, so that a replayed queue is answered from here and not applied again. */
@ApplicationScoped
@Transactional
public class MutationLog {

    @PersistenceContext
    EntityManager entityManager;

    public Map<Long, BatchResult.Result> find(String subject, String device, List<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT mutation_id, status, etag, body FROM sync_mutation
                        WHERE subject = ?1 AND device_id = ?2 AND mutation_id = ANY (CAST(?3 AS bigint[]))""")
                .setParameter(1, subject).setParameter(2, device).setParameter(3, arrayOf(ids)).getResultList();
        Map<Long, BatchResult.Result> found = new HashMap<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            found.put(id, new BatchResult.Result(id, ((Number) row[1]).intValue(), (String) row[2], parse((String) row[3]), true));
        }
        return found;
    }

    /** A PostgreSQL array literal of the ids ({@code {1,2,3}}): portable through JPA, unlike a JDBC array. */
    private static String arrayOf(List<Long> ids) {
        StringBuilder literal = new StringBuilder("{");
        ids.forEach(id -> literal.append(literal.length() > 1 ? "," : "").append(id));
        return literal.append('}').toString();
    }

    /** The highest mutation id recorded for the device, if any. */
    public Optional<Long> last(String subject, String device) {
        Object last = entityManager.createNativeQuery("SELECT max(mutation_id) FROM sync_mutation WHERE subject = ?1 AND device_id = ?2")
                .setParameter(1, subject).setParameter(2, device).getSingleResult();
        return Optional.ofNullable(last).map(value -> ((Number) value).longValue());
    }

    /**
     * Records a batch's answers in one transaction that does not wait for the disk ({@code synchronous_commit = off},
     * this transaction only): a record lost in a crash costs only a recomputed answer when the device replays the
     * mutation (every write a mutation stands for is idempotent, or keyed), while a transaction per answer would
     * double the time per mutation.
     */
    public void record(String subject, String device, Map<Long, BatchReplay.Answer> answers) {
        entityManager.createNativeQuery("SET LOCAL synchronous_commit = off").executeUpdate();
        Timestamp now = Timestamp.from(Instant.now());
        answers.forEach((id, answer) -> entityManager.createNativeQuery("""
                        INSERT INTO sync_mutation (subject, device_id, mutation_id, status, etag, body, recorded_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING""")
                .setParameter(1, subject).setParameter(2, device).setParameter(3, id).setParameter(4, answer.status())
                .setParameter(5, answer.etag()).setParameter(6, answer.body()).setParameter(7, now).executeUpdate());
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
