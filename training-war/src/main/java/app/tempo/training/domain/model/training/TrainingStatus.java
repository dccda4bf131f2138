package app.tempo.training.domain.model.training;

/** Lifecycle of a training. */
public enum TrainingStatus {
    PLANNED, COMPLETED, CANCELLED
}
