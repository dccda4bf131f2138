package app.tempo.interaction.domain.model.group;

/** One's place in a group; REQUESTED is a request to join a closed group, not yet a membership. */
public enum GroupRole {
    OWNER, ADMIN, MEMBER, REQUESTED;

    public boolean isMember() {
        return this != REQUESTED;
    }

    /** Owners and admins approve requests and remove members. */
    public boolean manages() {
        return this == OWNER || this == ADMIN;
    }
}
