package app.tempo.training.domain.model.training;

/**
 * Lifecycle of a training: planned, then in progress once started, then completed; a planned or started training can
 * be cancelled instead. Completed and cancelled are final.
 */
public enum TrainingStatus {
    PLANNED, IN_PROGRESS, COMPLETED, CANCELLED;

    /** Whether a training in this state may still be started, completed or cancelled. */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
