package app.tempo.account.infrastructure.persistence;

import app.tempo.account.domain.model.statistics.CompletedTraining;
import app.tempo.account.domain.model.statistics.Period;
import app.tempo.account.domain.model.statistics.StatisticsRepository;
import app.tempo.account.domain.model.statistics.StatisticsWindows.Window;
import app.tempo.account.domain.model.statistics.Totals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Completed trainings and statistics in plain SQL: totals are upserts, so concurrent additions never lose one. */
@ApplicationScoped
public class JpaStatisticsRepository implements StatisticsRepository {

    private static final String COMPLETION_COLUMNS = "athlete_subject, training_id, sport, title, completed_at, "
            + "distance_meters, duration_seconds, moving_seconds, elevation_gain_meters, calories, reported_at, "
            + "(SELECT coalesce(string_agg(gear_id::text, ',' ORDER BY gear_id), '') FROM gear_use u "
            + "   WHERE u.athlete_subject = c.athlete_subject AND u.training_id = c.training_id), "
            + "(SELECT coalesce(string_agg(sensor_id::text, ',' ORDER BY sensor_id), '') FROM sensor_use u "
            + "   WHERE u.athlete_subject = c.athlete_subject AND u.training_id = c.training_id)";

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<CompletedTraining> lockCompletion(String athlete, UUID trainingId) {
        entityManager.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended(?, 11))) AS locked")
                .setParameter(1, athlete + "/" + trainingId).getSingleResult();
        return completions("SELECT " + COMPLETION_COLUMNS + " FROM completion c WHERE athlete_subject = ? AND training_id = ?",
                athlete, trainingId).stream().findFirst();
    }

    @Override
    public void saveCompletion(CompletedTraining training) {
        entityManager.createNativeQuery("INSERT INTO completion (athlete_subject, training_id, sport, title, completed_at, "
                        + "distance_meters, duration_seconds, moving_seconds, elevation_gain_meters, calories, reported_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (athlete_subject, training_id) DO UPDATE SET "
                        + "sport = excluded.sport, title = excluded.title, completed_at = excluded.completed_at, "
                        + "distance_meters = excluded.distance_meters, duration_seconds = excluded.duration_seconds, "
                        + "moving_seconds = excluded.moving_seconds, elevation_gain_meters = excluded.elevation_gain_meters, "
                        + "calories = excluded.calories, reported_at = excluded.reported_at")
                .setParameter(1, training.athlete()).setParameter(2, training.trainingId()).setParameter(3, training.sport())
                .setParameter(4, training.title()).setParameter(5, Timestamp.from(training.completedAt()))
                .setParameter(6, training.distanceMeters()).setParameter(7, training.durationSeconds())
                .setParameter(8, training.movingSeconds()).setParameter(9, training.elevationGainMeters())
                .setParameter(10, training.calories()).setParameter(11, Timestamp.from(training.reportedAt()))
                .executeUpdate();
    }

    @Override
    public List<CompletedTraining> recentCompletions(String athlete, int limit) {
        return completions("SELECT " + COMPLETION_COLUMNS + " FROM completion c WHERE athlete_subject = ? "
                + "ORDER BY completed_at DESC, training_id LIMIT " + limit, athlete);
    }

    @Override
    public long countCompletions(String athlete) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM completion WHERE athlete_subject = ?")
                .setParameter(1, athlete).getSingleResult()).longValue();
    }

    @Override
    public List<CompletedTraining> allCompletions(String athlete) {
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

    private static List<UUID> ids(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(UUID::fromString).toList();
    }

    @Override
    public void add(String athlete, Window window, Totals totals) {
        entityManager.createNativeQuery("INSERT INTO statistics_total (athlete_subject, period, period_start, sport, trainings, "
                        + "distance_meters, moving_seconds, elevation_gain_meters, calories) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (athlete_subject, period, period_start, sport) DO UPDATE SET "
                        + "trainings = statistics_total.trainings + excluded.trainings, "
                        + "distance_meters = statistics_total.distance_meters + excluded.distance_meters, "
                        + "moving_seconds = statistics_total.moving_seconds + excluded.moving_seconds, "
                        + "elevation_gain_meters = statistics_total.elevation_gain_meters + excluded.elevation_gain_meters, "
                        + "calories = statistics_total.calories + excluded.calories")
                .setParameter(1, athlete).setParameter(2, window.period().name()).setParameter(3, Date.valueOf(window.start()))
                .setParameter(4, window.sport()).setParameter(5, totals.trainings()).setParameter(6, totals.distanceMeters())
                .setParameter(7, totals.movingSeconds()).setParameter(8, totals.elevationGainMeters())
                .setParameter(9, totals.calories()).executeUpdate();
    }

    @Override
    public void replaceAll(String athlete, Map<Window, Totals> totals) {
        entityManager.createNativeQuery("DELETE FROM statistics_total WHERE athlete_subject = ?").setParameter(1, athlete)
                .executeUpdate();
        totals.forEach((window, total) -> add(athlete, window, total));
    }

    @Override
    public List<Row> totals(String athlete, Period period, LocalDate from, LocalDate to, String sport) {
        Query query = entityManager.createNativeQuery("SELECT period_start, sport, trainings, distance_meters, moving_seconds, "
                + "elevation_gain_meters, calories FROM statistics_total WHERE athlete_subject = ? AND period = ? "
                + "AND period_start BETWEEN ? AND ? AND trainings > 0" + (sport == null ? "" : " AND sport = ?")
                + " ORDER BY period_start DESC, sport");
        query.setParameter(1, athlete).setParameter(2, period.name()).setParameter(3, Date.valueOf(period.startOf(from)))
                .setParameter(4, Date.valueOf(to));
        if (sport != null) {
            query.setParameter(5, sport);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new Row(((Date) row[0]).toLocalDate(), (String) row[1],
                new Totals(number(row[2]).longValue(), number(row[3]).doubleValue(), number(row[4]).longValue(),
                        number(row[5]).doubleValue(), number(row[6]).doubleValue()))).toList();
    }
}
