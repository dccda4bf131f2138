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

    /** Longer than any batch takes (at most 200 mutations). */
    static final int LEASE_SECONDS = 120;

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

    public void record(String subject, String device, long id, int status, String etag, String body) {
        entityManager.createNativeQuery("""
                        INSERT INTO sync_mutation (subject, device_id, mutation_id, status, etag, body, recorded_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING""")
                .setParameter(1, subject).setParameter(2, device).setParameter(3, id).setParameter(4, status)
                .setParameter(5, etag).setParameter(6, body).setParameter(7, Timestamp.from(Instant.now())).executeUpdate();
    }

    /**
     * Takes the device for one batch: true when no other batch of it is running (or the one that was has not
     * renewed its lease for {@link #LEASE_SECONDS}, its server having died).
     */
    public boolean claimDevice(String subject, String device) {
        return entityManager.createNativeQuery("""
                        INSERT INTO sync_device (subject, device_id, busy_until) VALUES (?1, ?2, now() + make_interval(secs => ?3))
                        ON CONFLICT (subject, device_id) DO UPDATE SET busy_until = excluded.busy_until
                        WHERE sync_device.busy_until < now()""")
                .setParameter(1, subject).setParameter(2, device).setParameter(3, LEASE_SECONDS).executeUpdate() == 1;
    }

    public void releaseDevice(String subject, String device) {
        entityManager.createNativeQuery("UPDATE sync_device SET busy_until = now() WHERE subject = ?1 AND device_id = ?2")
                .setParameter(1, subject).setParameter(2, device).executeUpdate();
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
