package app.tempo.training.domain.model.training;

/**
 * Who may see, and join uninvited, a training besides its owner and participants: nobody else (PRIVATE,
 * PARTICIPANTS), the owner's friends (FRIENDS), the members of its group (GROUP), everyone (PUBLIC). Friendships and
 * memberships come from interaction-war's events.
 */
public enum Visibility {
    PRIVATE, PARTICIPANTS, FRIENDS, GROUP, PUBLIC;

    /** Whether anyone signed in may see it and join it without an invitation. */
    public boolean isOpenToAll() {
        return this == PUBLIC;
    }
}
