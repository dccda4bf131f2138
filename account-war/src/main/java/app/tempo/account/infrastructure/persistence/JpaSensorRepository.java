package app.tempo.account.infrastructure.persistence;

import app.tempo.account.domain.model.sensor.Sensor;
import app.tempo.account.domain.model.sensor.SensorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaSensorRepository implements SensorRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<Sensor> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Sensor.class, id));
    }

    @Override
    public List<Sensor> ownedBy(String owner, UUID afterId, int limit) {
        TypedQuery<Sensor> query = entityManager.createQuery(afterId == null
                ? "SELECT s FROM Sensor s WHERE s.owner = :owner AND s.deleted = false ORDER BY s.id"
                : "SELECT s FROM Sensor s WHERE s.owner = :owner AND s.deleted = false AND s.id > :after ORDER BY s.id", Sensor.class);
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return query.setParameter("owner", owner).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Sensor> recentlyChanged(String owner, int limit) {
        return entityManager.createQuery("SELECT s FROM Sensor s WHERE s.owner = :owner AND s.deleted = false "
                        + "ORDER BY s.updatedAt DESC, s.id", Sensor.class)
                .setParameter("owner", owner).setMaxResults(limit).getResultList();
    }

    @Override
    public long countOwnedBy(String owner) {
        return entityManager.createQuery("SELECT count(s) FROM Sensor s WHERE s.owner = :owner AND s.deleted = false", Long.class)
                .setParameter("owner", owner).getSingleResult();
    }

    @Override
    public void add(Sensor sensor) {
        entityManager.persist(sensor);
    }

    @Override
    public void recordUse(String athlete, UUID trainingId, UUID sensorId, Instant completedAt) {
        entityManager.createNativeQuery("INSERT INTO sensor_use (athlete_subject, training_id, sensor_id, completed_at) "
                        + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .setParameter(1, athlete).setParameter(2, trainingId).setParameter(3, sensorId)
                .setParameter(4, Timestamp.from(completedAt)).executeUpdate();
    }

    @Override
    public void forgetUses(String athlete, UUID trainingId) {
        entityManager.createNativeQuery("DELETE FROM sensor_use WHERE athlete_subject = ? AND training_id = ?")
                .setParameter(1, athlete).setParameter(2, trainingId).executeUpdate();
    }

    @Override
    public List<SensorUse> usesOf(UUID sensorId, SensorUse before, int limit) {
        Query query = entityManager.createNativeQuery(before == null
                ? "SELECT training_id, completed_at FROM sensor_use WHERE sensor_id = ? ORDER BY completed_at DESC, training_id DESC"
                : "SELECT training_id, completed_at FROM sensor_use WHERE sensor_id = ? AND (completed_at, training_id) < (?, ?) "
                        + "ORDER BY completed_at DESC, training_id DESC").setParameter(1, sensorId);
        if (before != null) {
            query.setParameter(2, Timestamp.from(before.completedAt())).setParameter(3, before.trainingId());
        }
        List<?> rows = query.setMaxResults(limit).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new SensorUse((UUID) row[0], ((Timestamp) row[1]).toInstant())).toList();
    }

    @Override
    public long countUsesOf(UUID sensorId) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM sensor_use WHERE sensor_id = ?")
                .setParameter(1, sensorId).getSingleResult()).longValue();
    }
}
