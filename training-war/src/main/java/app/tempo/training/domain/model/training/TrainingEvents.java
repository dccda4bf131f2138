package app.tempo.training.domain.model.training;

import app.tempo.training.domain.model.recording.Result;
import java.util.List;

/** The port through which the training domain announces facts to the other domains. */
public interface TrainingEvents {

    void scheduled(Training training);

    /** The plan, the route or the status (started) changed. */
    void updated(Training training);

    /** Cancelled or deleted by its owner; {@code roster} is who was on it, so they can be told. */
    void cancelled(Training training, List<String> roster, boolean deleted);

    void rosterChanged(Training training, RosterChange change);

    /** The owner completed it: their reported result. */
    void completed(Training training);

    /** A participant's result from their recorded data, once the training is completed (again when it changes). */
    void completedBy(Training training, Result result);
}
