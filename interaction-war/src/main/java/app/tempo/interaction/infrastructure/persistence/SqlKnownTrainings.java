package app.tempo.interaction.infrastructure.persistence;

import app.tempo.interaction.domain.model.activity.KnownTraining;
import app.tempo.interaction.domain.model.activity.KnownTrainings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Table {@code known_training} (V4). */
@ApplicationScoped
public class SqlKnownTrainings implements KnownTrainings {

    /** Trainings without a planned start sort last. */
    private static final String ORDER = "coalesce(planned_start, 'infinity'::timestamptz), training_id";
    private static final String COLUMNS = "training_id, owner_subject, sport, title, visibility, group_id, planned_start, status";

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void learn(KnownTraining training, Instant occurredAt) {
        entityManager.createNativeQuery("""
                        INSERT INTO known_training (training_id, owner_subject, sport, title, visibility, group_id, planned_start, status, event_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        ON CONFLICT (training_id) DO UPDATE SET sport = excluded.sport, title = excluded.title,
                            visibility = excluded.visibility, group_id = excluded.group_id, planned_start = excluded.planned_start,
                            status = excluded.status, event_at = excluded.event_at
                        WHERE known_training.event_at <= excluded.event_at AND NOT known_training.deleted""")
                .setParameter(1, training.trainingId()).setParameter(2, training.owner()).setParameter(3, training.sport())
                .setParameter(4, training.title()).setParameter(5, training.visibility()).setParameter(6, training.groupId())
                .setParameter(7, time(training.plannedStart())).setParameter(8, training.status()).setParameter(9, time(occurredAt))
                .executeUpdate();
    }

    @Override
    public void rosterChanged(UUID trainingId, String subject, boolean onRoster) {
        entityManager.createNativeQuery("""
                        INSERT INTO known_participant (training_id, subject, on_roster) VALUES (?1, ?2, ?3)
                        ON CONFLICT (training_id, subject) DO UPDATE SET on_roster = excluded.on_roster""")
                .setParameter(1, trainingId).setParameter(2, subject).setParameter(3, onRoster).executeUpdate();
    }

    @Override
    public List<String> rosterOf(UUID trainingId) {
        @SuppressWarnings("unchecked")
        List<String> roster = entityManager.createNativeQuery("SELECT subject FROM known_participant WHERE training_id = ?1 AND on_roster")
                .setParameter(1, trainingId).getResultList();
        return roster;
    }

    @Override
    public void cancelled(UUID trainingId, Instant occurredAt) {
        entityManager.createNativeQuery("UPDATE known_training SET status = 'CANCELLED', event_at = ?2 WHERE training_id = ?1 AND event_at <= ?2")
                .setParameter(1, trainingId).setParameter(2, time(occurredAt)).executeUpdate();
    }

    @Override
    public void forget(UUID trainingId, Instant occurredAt) {
        entityManager.createNativeQuery("UPDATE known_training SET deleted = true, event_at = ?2 WHERE training_id = ?1")
                .setParameter(1, trainingId).setParameter(2, time(occurredAt)).executeUpdate();
    }

    @Override
    public Optional<KnownTraining> find(UUID trainingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM known_training WHERE training_id = ?1 AND NOT deleted")
                .setParameter(1, trainingId).getResultList();
        return rows.stream().findFirst().map(SqlKnownTrainings::training);
    }

    @Override
    public List<KnownTraining> ofGroup(UUID groupId, Instant afterStart, UUID afterId, int limit) {
        // only trainings of members: naming a group in a plan does not put a stranger's training into it
        String sql = "SELECT " + COLUMNS + " FROM known_training k WHERE group_id = ?1 AND NOT deleted AND EXISTS (SELECT 1 FROM"
                + " group_member m WHERE m.group_id = k.group_id AND m.subject = k.owner_subject AND m.role <> 'REQUESTED')"
                + (afterId == null ? "" : " AND (" + ORDER + ") > (CAST(?2 AS timestamptz), ?3)") + " ORDER BY " + ORDER + " LIMIT ?4";
        var query = entityManager.createNativeQuery(sql).setParameter(1, groupId).setParameter(4, limit);
        if (afterId != null) {
            query.setParameter(2, afterStart == null ? "infinity" : afterStart.toString()).setParameter(3, afterId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(SqlKnownTrainings::training).toList();
    }

    private static KnownTraining training(Object[] row) {
        return new KnownTraining((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4], (UUID) row[5],
                instant(row[6]), (String) row[7]);
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
