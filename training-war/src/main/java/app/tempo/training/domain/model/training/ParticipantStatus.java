package app.tempo.training.domain.model.training;

/** Where a user stands on a training's roster (the owner is not on it: they always take part). */
public enum ParticipantStatus {
    /** Invited by the owner, not answered yet. */
    INVITED,
    /** Takes part. */
    JOINED,
    /** Wants to take part; moves up, in order, when a place frees. */
    WAITING,
    /** Taken off by the owner: sees no more of a private training and may not join again unless invited again. */
    REMOVED;

    /** Whether the user is on the roster (sees the training, gets it in their feed). */
    public boolean isOnTheRoster() {
        return this != REMOVED;
    }
}
