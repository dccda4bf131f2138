package app.tempo.account.infrastructure.persistence;

import app.tempo.account.domain.model.plan.PlannedTraining;
import app.tempo.account.domain.model.plan.PlannedTrainings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SqlPlannedTrainings implements PlannedTrainings {

    private static final String UPCOMING = """
            FROM planned_training WHERE athlete_subject = ?1 AND role <> 'LEFT' AND status IN ('PLANNED', 'IN_PROGRESS')
            AND planned_start >= ?2""";

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void put(PlannedTraining entry, Instant heardAt) {
        entityManager.createNativeQuery("""
                        INSERT INTO planned_training (athlete_subject, training_id, role, sport, title, planned_start, status, heard_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                        ON CONFLICT (athlete_subject, training_id) DO UPDATE SET role = excluded.role, sport = excluded.sport,
                            title = excluded.title, planned_start = excluded.planned_start, status = excluded.status,
                            heard_at = excluded.heard_at
                        WHERE planned_training.heard_at < excluded.heard_at""")
                .setParameter(1, entry.athlete()).setParameter(2, entry.trainingId()).setParameter(3, entry.role().name())
                .setParameter(4, entry.sport()).setParameter(5, entry.title()).setParameter(6, timestamp(entry.plannedStart()))
                .setParameter(7, entry.status()).setParameter(8, timestamp(heardAt))
                .executeUpdate();
    }

    @Override
    public void describe(UUID trainingId, String sport, String title, Instant plannedStart, String status, Instant heardAt) {
        entityManager.createNativeQuery("""
                        UPDATE planned_training SET sport = ?2, title = ?3, planned_start = ?4, status = ?5, heard_at = ?6
                        WHERE training_id = ?1 AND heard_at < ?6""")
                .setParameter(1, trainingId).setParameter(2, sport).setParameter(3, title).setParameter(4, timestamp(plannedStart))
                .setParameter(5, status).setParameter(6, timestamp(heardAt))
                .executeUpdate();
    }

    @Override
    public void forget(UUID trainingId) {
        entityManager.createNativeQuery("DELETE FROM planned_training WHERE training_id = ?1").setParameter(1, trainingId).executeUpdate();
    }

    @Override
    public List<PlannedTraining> upcoming(String athlete, Instant from, int limit) {
        List<?> rows = entityManager.createNativeQuery("SELECT training_id, athlete_subject, role, sport, title, planned_start, status "
                        + UPCOMING + " ORDER BY planned_start, training_id LIMIT ?3")
                .setParameter(1, athlete).setParameter(2, timestamp(from)).setParameter(3, limit).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(row -> new PlannedTraining((UUID) row[0], (String) row[1],
                PlannedTraining.Role.valueOf((String) row[2]), (String) row[3], (String) row[4], instant(row[5]), (String) row[6])).toList();
    }

    @Override
    public long countUpcoming(String athlete, Instant from) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) " + UPCOMING)
                .setParameter(1, athlete).setParameter(2, timestamp(from)).getSingleResult()).longValue();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : value instanceof java.time.OffsetDateTime time ? time.toInstant() : null;
    }
}
