package app.tempo.training.domain.model.sensor;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The sensor registry training-war keeps from account events, and the sensors attached to trainings. */
public interface Sensors {

    /**
     * Records a registration or change (removed false) or a removal at the sensor's version; an older version than
     * the one kept changes nothing, so events may arrive late, twice or out of order.
     */
    void learn(KnownSensor sensor, long version);

    Optional<KnownSensor> find(UUID sensorId);

    /** Replaces the participant's attached sensors on the training. */
    void attach(UUID trainingId, String subject, List<UUID> sensorIds);

    List<Attachment> attachedTo(UUID trainingId);
}
