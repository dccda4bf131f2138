package app.tempo.account.domain.model.sensor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where sensors, and the trainings they recorded, are kept. */
public interface SensorRepository {

    Optional<Sensor> find(UUID id);

    /** The owner's sensors in id order, starting after {@code afterId} (null: from the first), at most {@code limit}. */
    List<Sensor> ownedBy(String owner, UUID afterId, int limit);

    /** The owner's sensors most recently changed first. */
    List<Sensor> recentlyChanged(String owner, int limit);

    long countOwnedBy(String owner);

    void add(Sensor sensor);

    /** Records that the sensor recorded this training; recording it again changes nothing. */
    void recordUse(String athlete, UUID trainingId, UUID sensorId, Instant completedAt);

    /** Forgets the sensors a training was recorded with (a newer result of it names its own). */
    void forgetUses(String athlete, UUID trainingId);

    /** The trainings the sensor recorded, latest first, before the given one (null: from the latest). */
    List<SensorUse> usesOf(UUID sensorId, SensorUse before, int limit);

    long countUsesOf(UUID sensorId);

    /** One training a sensor recorded. */
    record SensorUse(UUID trainingId, Instant completedAt) {
    }
}
