package app.tempo.interaction.domain.model.group;

/** The port through which group memberships are announced to the other domains. */
public interface GroupEvents {

    /** The athlete's membership began, changed role or ended ({@code role} null); requests are not announced. */
    void membershipChanged(Group group, String subject, GroupRole role);
}
