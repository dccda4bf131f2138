package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.domain.model.group.GroupRole;
import app.tempo.interaction.domain.model.group.Membership;
import java.time.Instant;
import java.util.UUID;

/** One athlete's place in a group (REQUESTED: asked to join a closed group), and since when. */
public record MembershipView(UUID groupId, String subject, GroupRole role, Instant since) {

    static MembershipView of(Membership membership) {
        return new MembershipView(membership.groupId(), membership.subject(), membership.role(), membership.since());
    }
}
