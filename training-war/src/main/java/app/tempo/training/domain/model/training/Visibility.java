package app.tempo.training.domain.model.training;

/**
 * Who may see a training besides its owner and participants. FRIENDS and GROUP are kept as the owner chose them but,
 * until interaction publishes friendships and memberships, behave as PARTICIPANTS.
 */
public enum Visibility {
    PRIVATE, PARTICIPANTS, FRIENDS, GROUP, PUBLIC;

    /** Whether anyone signed in may see it and join it without an invitation. */
    public boolean isOpenToAll() {
        return this == PUBLIC;
    }
}
