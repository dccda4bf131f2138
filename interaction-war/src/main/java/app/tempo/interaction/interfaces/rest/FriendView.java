package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.domain.model.social.FriendStatus;
import app.tempo.interaction.domain.model.social.Relationship;
import java.time.Instant;
import java.util.UUID;

/**
 * One relationship as the caller sees it: the other athlete, where they stand (a request either way, or friends),
 * whether the caller blocks them, and since when. {@code id} names the pair (the same for both; the feed's id).
 * {@code nickname} is there when the caller may see it (see {@code Nicknames#shownOn}).
 */
public record FriendView(UUID id, String subject, String nickname, FriendStatus status, boolean blocking, Instant since) {

    static FriendView of(Relationship relationship, String viewer, String nickname) {
        String other = relationship.otherThan(viewer);
        return new FriendView(relationship.id(), other, nickname, relationship.statusFor(viewer), relationship.blocks(viewer, other),
                relationship.changedAt());
    }
}
