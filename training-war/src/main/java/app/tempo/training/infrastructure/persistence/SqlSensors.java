package app.tempo.training.infrastructure.persistence;

import app.tempo.training.domain.model.sensor.Attachment;
import app.tempo.training.domain.model.sensor.KnownSensor;
import app.tempo.training.domain.model.sensor.Sensors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SqlSensors implements Sensors {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public void learn(KnownSensor sensor, long version) {
        entityManager.createNativeQuery("""
                        INSERT INTO known_sensor (sensor_id, owner_subject, kind, name, removed, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                        ON CONFLICT (sensor_id) DO UPDATE SET kind = coalesce(excluded.kind, known_sensor.kind),
                            name = coalesce(excluded.name, known_sensor.name), removed = excluded.removed, version = excluded.version
                        WHERE known_sensor.version < excluded.version
                            OR known_sensor.version = excluded.version AND excluded.removed AND NOT known_sensor.removed""")
                .setParameter(1, sensor.sensorId()).setParameter(2, sensor.owner()).setParameter(3, sensor.kind())
                .setParameter(4, sensor.name()).setParameter(5, sensor.removed()).setParameter(6, version)
                .executeUpdate();
    }

    @Override
    public Optional<KnownSensor> find(UUID sensorId) {
        List<?> rows = entityManager.createNativeQuery("SELECT sensor_id, owner_subject, kind, name, removed FROM known_sensor WHERE sensor_id = ?1")
                .setParameter(1, sensorId).getResultList();
        return rows.stream().map(row -> sensor((Object[]) row, 0)).findFirst();
    }

    @Override
    public void attach(UUID trainingId, String subject, List<UUID> sensorIds) {
        entityManager.createNativeQuery("DELETE FROM training_sensor WHERE training_id = ?1 AND subject = ?2")
                .setParameter(1, trainingId).setParameter(2, subject).executeUpdate();
        for (UUID sensorId : sensorIds) {
            entityManager.createNativeQuery("INSERT INTO training_sensor (training_id, subject, sensor_id) VALUES (?1, ?2, ?3)")
                    .setParameter(1, trainingId).setParameter(2, subject).setParameter(3, sensorId).executeUpdate();
        }
    }

    @Override
    public List<Attachment> attachedTo(UUID trainingId) {
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT a.subject, s.sensor_id, s.owner_subject, s.kind, s.name, s.removed
                        FROM training_sensor a JOIN known_sensor s ON s.sensor_id = a.sensor_id
                        WHERE a.training_id = ?1 ORDER BY a.subject, s.kind, s.sensor_id""")
                .setParameter(1, trainingId).getResultList();
        return rows.stream().map(row -> new Attachment((String) ((Object[]) row)[0], sensor((Object[]) row, 1))).toList();
    }

    private static KnownSensor sensor(Object[] row, int from) {
        return new KnownSensor((UUID) row[from], (String) row[from + 1], (String) row[from + 2], (String) row[from + 3],
                (Boolean) row[from + 4]);
    }
}
