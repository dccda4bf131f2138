package app.tempo.training.domain.model.training;

/** Where a user stands on a training's roster (the owner is not on it: they always take part). */
public enum ParticipantStatus {
    /** Invited by the owner, not answered yet. */
    INVITED,
    /** Takes part. */
    JOINED,
    /** Wants to take part; moves up, in order, when a place frees. */
    WAITING
}
