package app.tempo.account.infrastructure.persistence;

import app.tempo.account.domain.model.completion.CompletedTraining;
import app.tempo.account.domain.model.completion.CompletionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Completed trainings in plain SQL: one row per athlete and training, replaced by a newer result. */
@ApplicationScoped
public class JpaCompletionRepository implements CompletionRepository {

    @PersistenceContext
    EntityManager entityManager;

    private static final String COMPLETION_COLUMNS = "athlete_subject, training_id, sport, title, completed_at, "
            + "distance_meters, duration_seconds, moving_seconds, elevation_gain_meters, calories, reported_at, gear_ids, sensor_ids";

        @Override
    public Optional<CompletedTraining> lock(String athlete, UUID trainingId) {
        entityManager.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended(?, 11))) AS locked")
                .setParameter(1, athlete + "/" + trainingId).getSingleResult();
        return completions("SELECT " + COMPLETION_COLUMNS + " FROM completion c WHERE athlete_subject = ? AND training_id = ?",
                athlete, trainingId).stream().findFirst();
    }

    @Override
    public void save(CompletedTraining training) {
        entityManager.createNativeQuery("INSERT INTO completion (athlete_subject, training_id, sport, title, completed_at, "
                        + "distance_meters, duration_seconds, moving_seconds, elevation_gain_meters, calories, reported_at, gear_ids, "
                        + "sensor_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (athlete_subject, training_id) DO UPDATE SET "
                        + "sport = excluded.sport, title = excluded.title, completed_at = excluded.completed_at, "
                        + "distance_meters = excluded.distance_meters, duration_seconds = excluded.duration_seconds, "
                        + "moving_seconds = excluded.moving_seconds, elevation_gain_meters = excluded.elevation_gain_meters, "
                        + "calories = excluded.calories, reported_at = excluded.reported_at, gear_ids = excluded.gear_ids, "
                        + "sensor_ids = excluded.sensor_ids")
                .setParameter(1, training.athlete()).setParameter(2, training.trainingId()).setParameter(3, training.sport())
                .setParameter(4, training.title()).setParameter(5, Timestamp.from(training.completedAt()))
                .setParameter(6, training.distanceMeters()).setParameter(7, training.durationSeconds())
                .setParameter(8, training.movingSeconds()).setParameter(9, training.elevationGainMeters())
                .setParameter(10, training.calories()).setParameter(11, Timestamp.from(training.reportedAt()))
                .setParameter(12, joined(training.gearIds())).setParameter(13, joined(training.sensorIds()))
                .executeUpdate();
    }

    @Override
    public List<CompletedTraining> recent(String athlete, int limit) {
        return completions("SELECT " + COMPLETION_COLUMNS + " FROM completion c WHERE athlete_subject = ? "
                + "ORDER BY completed_at DESC, training_id LIMIT " + limit, athlete);
    }

    @Override
    public long count(String athlete) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM completion WHERE athlete_subject = ?")
                .setParameter(1, athlete).getSingleResult()).longValue();
    }

    @Override
    public List<CompletedTraining> all(String athlete) {
        return completions("SELECT " + COMPLETION_COLUMNS + " FROM completion c WHERE athlete_subject = ?", athlete);
    }

    private List<CompletedTraining> completions(String sql, Object... parameters) {
        Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new CompletedTraining((String) row[0], (UUID) row[1],
                (String) row[2], (String) row[3], ((Timestamp) row[4]).toInstant(), number(row[5]).doubleValue(),
                number(row[6]).longValue(), number(row[7]).longValue(), number(row[8]).doubleValue(),
                number(row[9]).doubleValue(), ((Timestamp) row[10]).toInstant(), ids((String) row[11]), ids((String) row[12])))
                .toList();
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    private static String joined(List<UUID> ids) {
        return ids.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
    }

    private static List<UUID> ids(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(UUID::fromString).toList();
    }
}
