package app.tempo.training.application;

import app.tempo.platform.problem.Problem;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.problem.ProblemType;
import app.tempo.training.domain.model.sensor.Attachment;
import app.tempo.training.domain.model.sensor.KnownSensor;
import app.tempo.training.domain.model.sensor.Sensors;
import app.tempo.training.domain.model.training.Training;
import app.tempo.training.domain.model.training.TrainingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sensors on trainings: each participant attaches sensors they registered in account-war (training-war knows them
 * from account events), and whoever takes part sees what is attached. A sensor that is not the caller's own, registered
 * and not removed, is refused alike whether it belongs to someone else or to no one.
 */
@ApplicationScoped
@Transactional
public class SensorService {

    /** The training and what is attached to it. */
    public record Attached(Training training, List<Attachment> attachments) {
    }

    @Inject
    TrainingService access;

    @Inject
    Sensors sensors;

    @Inject
    TrainingRepository trainings;

    /** Makes these the user's sensors on the training (none: detaches theirs); empty when it is not one they may see. */
    public Optional<Attached> attach(String user, UUID trainingId, List<UUID> sensorIds) {
        // the training's row lock: two devices replacing the same participant's sensors apply one after the other
        // locked before anything is read, so the participation checked is the one at the lock
        return trainings.findForUpdate(trainingId).flatMap(locked -> access.find(user, trainingId)).map(training -> {
            access.requireTakingPart(training, user);
            for (UUID sensorId : sensorIds) {
                boolean usable = sensors.find(sensorId).filter(sensor -> sensor.owner().equals(user) && !sensor.removed()).isPresent();
                if (!usable) {
                    // the same words for another's sensor and for no sensor at all: ids do not leak
                    String message = "names a sensor that is not registered to you (register it in account first; a new one takes a moment to arrive)";
                    throw new ProblemException(Problem.of(ProblemType.UNPROCESSABLE, "sensorIds: " + message)
                            .withErrors(List.of(new Problem.FieldError("sensorIds", message))), null);
                }
            }
            sensors.attach(trainingId, user, sensorIds.stream().distinct().toList());
            return new Attached(training, sensors.attachedTo(trainingId));
        });
    }

    public Optional<Attached> attached(String user, UUID trainingId) {
        return access.find(user, trainingId).map(training -> {
            access.requireTakingPart(training, user);
            return new Attached(training, sensors.attachedTo(trainingId).stream()
                    .filter(attachment -> access.takesPart(training, attachment.subject())).toList());
        });
    }

    /** From account events: a registration or change, or a removal, at the sensor's version. */
    public void learned(KnownSensor sensor, long version) {
        sensors.learn(sensor, version);
    }
}
