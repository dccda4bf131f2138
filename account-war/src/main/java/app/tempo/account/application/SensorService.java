package app.tempo.account.application;

import app.tempo.account.domain.model.AccountEvents;
import app.tempo.account.domain.model.sensor.Sensor;
import app.tempo.account.domain.model.sensor.SensorDetails;
import app.tempo.account.domain.model.sensor.SensorRepository;
import app.tempo.account.domain.model.sensor.SensorRepository.SensorUse;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.sync.Changes;
import app.tempo.platform.write.ConditionalDelete;
import app.tempo.platform.write.ConditionalPut;
import app.tempo.platform.write.WriteOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The athlete's sensors registry; registrations, changes and removals are published for training-war. */
@ApplicationScoped
@Transactional
public class SensorService {

    @Inject
    SensorRepository sensors;

    @Inject
    @ConfigProperty(name = "tempo.quota.sensors-per-athlete", defaultValue = "100")
    long maxSensors;

    @Inject
    Changes changes;

    @Inject
    AccountEvents events;

    public Optional<Sensor> find(String athlete, UUID id) {
        return sensors.find(id).filter(sensor -> sensor.isOwnedBy(athlete) && !sensor.isDeleted());
    }

    public List<Sensor> list(String athlete, UUID afterId, int limit) {
        return sensors.ownedBy(athlete, afterId, limit);
    }

    public List<SensorUse> uses(Sensor sensor, SensorUse before, int limit) {
        return sensors.usesOf(sensor.id(), before, limit);
    }

    public long useCount(Sensor sensor) {
        return sensors.countUsesOf(sensor.id());
    }

    public WriteOutcome<Sensor> put(String athlete, UUID id, SensorDetails details, Long expectedVersion) {
        WriteOutcome<Sensor> outcome = new ConditionalPut<Sensor>(sensor -> sensor.isOwnedBy(athlete), sensor -> sensor.isDescribedAs(details),
                Sensor::version, Sensor::isDeleted)
                .apply(sensors.find(id), expectedVersion, () -> {
                    if (sensors.countOwnedBy(athlete) >= maxSensors) {
                        throw ProblemException.quotaExceeded("sensors", maxSensors);
                    }
                    Sensor sensor = Sensor.register(id, athlete, details);
                    sensors.add(sensor);
                    return sensor;
                }, sensor -> sensor.describe(details));
        if (outcome.changedIt()) {
            changes.changed(outcome.resource());
            events.sensorRegistered(outcome.resource());
        }
        return outcome;
    }

    /** Removes the sensor; removing it again, or one that is missing, changes nothing and succeeds. */
    public WriteOutcome<Sensor> delete(String athlete, UUID id, Long expectedVersion) {
        return new ConditionalDelete<Sensor>(sensor -> sensor.isOwnedBy(athlete), Sensor::isDeleted, Sensor::version)
                .apply(sensors.find(id), expectedVersion, sensor -> {
                    sensor.delete();
                    changes.deleted(sensor);
                    events.sensorRemoved(sensor);
                });
    }
}
