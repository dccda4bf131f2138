package app.tempo.training.domain.model.training;

import java.util.Optional;
import java.util.UUID;

/** Where trainings are kept. */
public interface TrainingRepository {

    Optional<Training> find(UUID id);

    void add(Training training);

    long countOwnedBy(String owner);
}
