package app.tempo.training.domain.model.training;

import app.tempo.training.domain.model.route.TrainingRoute;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where trainings are kept. */
public interface TrainingRepository {

    Optional<Training> find(UUID id);

    /** The training, locked until the transaction ends: roster changes of one training happen one at a time. */
    Optional<Training> findForUpdate(UUID id);

    /** Its roster, in the order users entered their current status. */
    List<Participant> participants(UUID trainingId);

    Optional<Participant> participant(UUID trainingId, String subject);

    void add(Participant participant);

    void remove(Participant participant);

    void add(Training training);

    /** The GPX document of a training's route, if it has one. */
    Optional<TrainingRoute> routeOf(UUID trainingId);

    void add(TrainingRoute route);

    void remove(TrainingRoute route);

    long countOwnedBy(String owner);
}
