package app.tempo.account.infrastructure.persistence;

import app.tempo.account.domain.model.statistics.Period;
import app.tempo.account.domain.model.statistics.StatisticsRepository;
import app.tempo.account.domain.model.statistics.StatisticsWindows.Window;
import app.tempo.account.domain.model.statistics.Totals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Statistics in plain SQL: totals are upserts, so concurrent additions never lose one. */
@ApplicationScoped
public class JpaStatisticsRepository implements StatisticsRepository {

    @PersistenceContext
    EntityManager entityManager;

    private static Number number(Object value) {
        return (Number) value;
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
