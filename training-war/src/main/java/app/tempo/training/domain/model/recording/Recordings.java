package app.tempo.training.domain.model.recording;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where recorded samples and results are kept. */
public interface Recordings {

    /** Whether this participant's batch was taken already (a batch is taken once, whatever it holds). */
    boolean hasBatch(UUID trainingId, String subject, UUID batchId);

    /**
     * Records the batch and its samples; a sample at an instant the participant already has a sample for is the
     * same moment sent again, and the earlier one stays.
     */
    void addBatch(UUID trainingId, String subject, UUID batchId, List<Sample> samples);

    /** How many samples the participant has in the training. */
    long count(UUID trainingId, String subject);

    /** Every sample of the participant in the training, in time order. */
    List<Sample> samples(UUID trainingId, String subject);

    Optional<Result> result(UUID trainingId, String subject);

    void add(Result result);

    List<Result> results(UUID trainingId);

    /** Everything recorded for the training (it was deleted). */
    void removeAll(UUID trainingId);
}
