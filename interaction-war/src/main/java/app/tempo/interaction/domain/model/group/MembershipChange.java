package app.tempo.interaction.domain.model.group;

/** One athlete's place in a group changed: {@code role} is the new one, null when they are no longer in it. */
public record MembershipChange(Kind kind, String subject, GroupRole role) {

    public enum Kind { JOINED, REQUESTED, APPROVED, LEFT, REMOVED, ROLE_CHANGED }

    /** Whether the athlete's membership (not a request) began, changed or ended: the other domains hear of it. */
    public boolean concernsAMember(GroupRole before) {
        return role != null && role.isMember() || before != null && before.isMember();
    }
}
