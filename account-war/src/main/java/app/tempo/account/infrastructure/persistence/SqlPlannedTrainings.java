package app.tempo.account.infrastructure.persistence;

import app.tempo.account.domain.model.plan.PlannedTraining;
import app.tempo.account.domain.model.plan.PlannedTrainings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The planned-trainings list in SQL. The athlete's role and the training's description are guarded separately, each by
 * the time of the last event it took; a new entry takes the event's description only as a first guess (any
 * description event overrides it); a deleted training is marked, and no entry for it is made again.
 */
@ApplicationScoped
public class SqlPlannedTrainings implements PlannedTrainings {

    /** Older than any event: a first guess of a description, which any description event replaces. */
    private static final OffsetDateTime NEVER = OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private static final String UPCOMING = """
            FROM planned_training WHERE athlete_subject = ?1 AND role <> 'LEFT' AND status IN ('PLANNED', 'IN_PROGRESS')
            AND planned_start >= ?2""";

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void put(PlannedTraining entry, Instant heardAt) {
        entityManager.createNativeQuery("""
                        INSERT INTO planned_training (athlete_subject, training_id, role, sport, title, planned_start, status,
                                                      role_heard_at, described_at)
                        SELECT ?1, ?2, ?3, ?4, ?5, ?6::timestamptz, ?7, ?8, ?9
                        WHERE NOT EXISTS (SELECT 1 FROM forgotten_training WHERE training_id = ?2)
                        ON CONFLICT (athlete_subject, training_id) DO UPDATE SET role = excluded.role, role_heard_at = excluded.role_heard_at
                        WHERE planned_training.role_heard_at < excluded.role_heard_at""")
                .setParameter(1, entry.athlete()).setParameter(2, entry.trainingId()).setParameter(3, entry.role().name())
                .setParameter(4, entry.sport()).setParameter(5, entry.title()).setParameter(6, time(entry.plannedStart()))
                .setParameter(7, entry.status()).setParameter(8, time(heardAt)).setParameter(9, NEVER)
                .executeUpdate();
    }

    @Override
    public void describe(UUID trainingId, String sport, String title, Instant plannedStart, String status, Instant heardAt) {
        entityManager.createNativeQuery("""
                        UPDATE planned_training SET sport = ?2, title = ?3, planned_start = ?4::timestamptz, status = ?5, described_at = ?6
                        WHERE training_id = ?1 AND described_at < ?6""")
                .setParameter(1, trainingId).setParameter(2, sport).setParameter(3, title).setParameter(4, time(plannedStart))
                .setParameter(5, status).setParameter(6, time(heardAt))
                .executeUpdate();
    }

    @Override
    public void complete(UUID trainingId, Instant heardAt) {
        entityManager.createNativeQuery("""
                        UPDATE planned_training SET status = 'COMPLETED', described_at = ?2
                        WHERE training_id = ?1 AND described_at < ?2""")
                .setParameter(1, trainingId).setParameter(2, time(heardAt))
                .executeUpdate();
    }

    @Override
    public void forget(UUID trainingId) {
        entityManager.createNativeQuery("INSERT INTO forgotten_training (training_id, forgotten_at) VALUES (?1, now()) ON CONFLICT DO NOTHING")
                .setParameter(1, trainingId).executeUpdate();
        entityManager.createNativeQuery("DELETE FROM planned_training WHERE training_id = ?1").setParameter(1, trainingId).executeUpdate();
    }

    @Override
    public List<PlannedTraining> upcoming(String athlete, Instant from, int limit) {
        List<?> rows = entityManager.createNativeQuery("SELECT training_id, athlete_subject, role, sport, title, planned_start, status "
                        + UPCOMING + " ORDER BY planned_start, training_id LIMIT ?3")
                .setParameter(1, athlete).setParameter(2, time(from)).setParameter(3, limit).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(row -> new PlannedTraining((UUID) row[0], (String) row[1],
                PlannedTraining.Role.valueOf((String) row[2]), (String) row[3], (String) row[4], instant(row[5]), (String) row[6])).toList();
    }

    @Override
    public long countUpcoming(String athlete, Instant from) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) " + UPCOMING)
                .setParameter(1, athlete).setParameter(2, time(from)).getSingleResult()).longValue();
    }

    /** Instants bound with their offset (never through java.sql.Timestamp and the JVM's zone). */
    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : null;
    }
}
