package app.tempo.account.domain.model.completion;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where the athletes' completed trainings are kept, one row per athlete and training. */
public interface CompletionRepository {

    /**
     * The athlete's record of this training, locked: concurrent reports of the same training queue up. Also locks
     * the place of a record not made yet.
     */
    Optional<CompletedTraining> lock(String athlete, UUID trainingId);

    void save(CompletedTraining training);

    /** The athlete's completed trainings, latest first. */
    List<CompletedTraining> recent(String athlete, int limit);

    long count(String athlete);

    List<CompletedTraining> all(String athlete);
}
