package app.tempo.interaction.domain.model.social;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Two athletes' relationship: none, a request one of them sent, or friendship; and whether either blocks the other.
 * Every act is idempotent and named by intent (want to be friends, do not want to be, block, unblock), so an offline
 * queue replayed in any order ends as its last act says. A block ends friendship and requests and stops new ones in
 * both directions; the blocked athlete's side reads as no relationship, and only a refused request of theirs says
 * that this athlete does not accept requests from them.
 */
@Entity
@Table(name = "relationship")
public class Relationship {

    enum State { NONE, REQUESTED, FRIENDS }

    @Id
    private UUID id;

    @Column(name = "low_subject", nullable = false, updatable = false)
    private String low;

    @Column(name = "high_subject", nullable = false, updatable = false)
    private String high;

    @Column(nullable = false)
    private String state;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "low_blocks_high", nullable = false)
    private boolean lowBlocksHigh;

    @Column(name = "high_blocks_low", nullable = false)
    private boolean highBlocksLow;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false)
    private long version;

    protected Relationship() {
    }

    /** The pair's relationship before anyone acted: none, version 0. */
    public static Relationship between(String one, String other) {
        if (one.equals(other)) {
            throw new RelationshipRefused("An athlete has no relationship with themselves");
        }
        Relationship relationship = new Relationship();
        relationship.low = one.compareTo(other) < 0 ? one : other;
        relationship.high = one.compareTo(other) < 0 ? other : one;
        relationship.id = idOf(one, other);
        relationship.state = State.NONE.name();
        relationship.changedAt = Instant.now();
        return relationship;
    }

    /** The same id whichever of the two asks. */
    public static UUID idOf(String one, String other) {
        String pair = one.compareTo(other) < 0 ? one + "\n" + other : other + "\n" + one;
        return UUID.nameUUIDFromBytes(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code by} wants to be friends: a request, or the acceptance of the other's request. */
    public RelationshipChange befriend(String by, Instant at) {
        String other = otherThan(by);
        if (blocks(by, other)) {
            throw new RelationshipRefused("You block this athlete: unblock them first");
        }
        if (blocks(other, by)) {
            throw new RelationshipRefused("This athlete does not accept requests from you");
        }
        return switch (state()) {
            case FRIENDS -> RelationshipChange.NOTHING;
            case REQUESTED -> by.equals(requestedBy) ? RelationshipChange.NOTHING : moveTo(State.FRIENDS, requestedBy, RelationshipChange.ACCEPTED, at);
            case NONE -> moveTo(State.REQUESTED, by, RelationshipChange.REQUESTED, at);
        };
    }

    /** {@code by} does not want to be friends: cancels their request, declines the other's, or ends the friendship. */
    public RelationshipChange unfriend(String by, Instant at) {
        otherThan(by);
        return switch (state()) {
            case NONE -> RelationshipChange.NOTHING;
            case FRIENDS -> moveTo(State.NONE, null, RelationshipChange.ENDED, at);
            case REQUESTED -> moveTo(State.NONE, null, by.equals(requestedBy) ? RelationshipChange.CANCELLED : RelationshipChange.DECLINED, at);
        };
    }

    /** {@code by} blocks the other: friendship and requests end. What ended is {@link #wereFriends} before the call. */
    public RelationshipChange block(String by, Instant at) {
        String other = otherThan(by);
        if (blocks(by, other)) {
            return RelationshipChange.NOTHING;
        }
        setBlock(by, true);
        return moveTo(State.NONE, null, RelationshipChange.BLOCKED, at);
    }

    public RelationshipChange unblock(String by, Instant at) {
        String other = otherThan(by);
        if (!blocks(by, other)) {
            return RelationshipChange.NOTHING;
        }
        setBlock(by, false);
        return moveTo(State.NONE, null, RelationshipChange.UNBLOCKED, at);
    }

    private RelationshipChange moveTo(State next, String requester, RelationshipChange change, Instant at) {
        state = next.name();
        requestedBy = requester;
        changedAt = at;
        version++;
        return change;
    }

    private void setBlock(String by, boolean value) {
        if (by.equals(low)) {
            lowBlocksHigh = value;
        } else {
            highBlocksLow = value;
        }
    }

    public boolean blocks(String blocker, String blocked) {
        return blocker.equals(low) && blocked.equals(high) && lowBlocksHigh
                || blocker.equals(high) && blocked.equals(low) && highBlocksLow;
    }

    public boolean isBlockedEitherWay() {
        return lowBlocksHigh || highBlocksLow;
    }

    public boolean areFriends() {
        return state() == State.FRIENDS;
    }

    /** How {@code viewer} sees it; a blocked athlete sees no relationship at all. */
    public FriendStatus statusFor(String viewer) {
        return switch (state()) {
            case NONE -> FriendStatus.NONE;
            case FRIENDS -> FriendStatus.FRIENDS;
            case REQUESTED -> viewer.equals(requestedBy) ? FriendStatus.REQUEST_SENT : FriendStatus.REQUEST_RECEIVED;
        };
    }

    /** Who may see it: both, except one the other blocks; nobody once there is nothing left to see. */
    public Set<String> audience() {
        Set<String> audience = new LinkedHashSet<>();
        for (String side : Set.of(low, high)) {
            boolean hidden = blocks(otherThan(side), side);
            boolean somethingToSee = state() != State.NONE || blocks(side, otherThan(side));
            if (!hidden && somethingToSee) {
                audience.add(side);
            }
        }
        return audience;
    }

    public boolean involves(String subject) {
        return low.equals(subject) || high.equals(subject);
    }

    public String otherThan(String subject) {
        if (subject.equals(low)) {
            return high;
        }
        if (subject.equals(high)) {
            return low;
        }
        throw new IllegalArgumentException("not one of the pair");
    }

    public String requestedBy() {
        return requestedBy;
    }

    private State state() {
        return State.valueOf(state);
    }

    public Set<String> pair() {
        return Set.of(low, high);
    }

    public String low() {
        return low;
    }

    public String high() {
        return high;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
