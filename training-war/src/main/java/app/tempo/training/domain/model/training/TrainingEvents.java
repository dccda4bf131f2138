package app.tempo.training.domain.model.training;

/** The port through which the training domain announces facts to the other domains. */
public interface TrainingEvents {

    void completed(Training training);
}
