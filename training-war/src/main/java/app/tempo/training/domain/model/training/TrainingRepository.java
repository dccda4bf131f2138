package app.tempo.training.domain.model.training;

import app.tempo.training.domain.model.route.TrainingRoute;
import java.util.Optional;
import java.util.UUID;

/** Where trainings are kept. */
public interface TrainingRepository {

    Optional<Training> find(UUID id);

    void add(Training training);

    /** The GPX document of a training's route, if it has one. */
    Optional<TrainingRoute> routeOf(UUID trainingId);

    void add(TrainingRoute route);

    void remove(TrainingRoute route);

    long countOwnedBy(String owner);
}
