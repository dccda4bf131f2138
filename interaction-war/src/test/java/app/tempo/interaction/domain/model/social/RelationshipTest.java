package app.tempo.interaction.domain.model.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelationshipTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void aRequestAcceptedMakesFriendsAndRepeatsChangeNothing() {
        Relationship pair = Relationship.between("bob", "alice");
        assertEquals(Relationship.idOf("alice", "bob"), pair.id(), "the same id whichever asks");
        assertEquals(RelationshipChange.REQUESTED, pair.befriend("alice", NOW));
        assertEquals(RelationshipChange.NOTHING, pair.befriend("alice", NOW), "asking again");
        assertEquals(FriendStatus.REQUEST_SENT, pair.statusFor("alice"));
        assertEquals(FriendStatus.REQUEST_RECEIVED, pair.statusFor("bob"));
        assertEquals(RelationshipChange.ACCEPTED, pair.befriend("bob", NOW));
        assertEquals(RelationshipChange.NOTHING, pair.befriend("bob", NOW));
        assertTrue(pair.areFriends());
        assertEquals("alice", pair.requestedBy(), "who asked is remembered for the acceptance's notification");
        assertEquals(2, pair.version());
        assertEquals(Set.of("alice", "bob"), pair.audience());
    }

    @Test
    void unfriendingCancelsDeclinesOrEnds() {
        Relationship pair = Relationship.between("alice", "bob");
        assertEquals(RelationshipChange.NOTHING, pair.unfriend("alice", NOW));
        pair.befriend("alice", NOW);
        assertEquals(RelationshipChange.CANCELLED, pair.unfriend("alice", NOW));
        pair.befriend("alice", NOW);
        assertEquals(RelationshipChange.DECLINED, pair.unfriend("bob", NOW));
        pair.befriend("alice", NOW);
        pair.befriend("bob", NOW);
        assertEquals(RelationshipChange.ENDED, pair.unfriend("bob", NOW));
        assertEquals(FriendStatus.NONE, pair.statusFor("alice"));
        assertEquals(Set.of(), pair.audience(), "nothing left to see: both get tombstones");
    }

    @Test
    void aBlockEndsEverythingAndHidesTheRelationshipFromTheBlocked() {
        Relationship pair = Relationship.between("alice", "bob");
        pair.befriend("alice", NOW);
        pair.befriend("bob", NOW);
        assertEquals(RelationshipChange.BLOCKED, pair.block("bob", NOW));
        assertFalse(pair.areFriends());
        assertTrue(pair.blocks("bob", "alice"));
        assertFalse(pair.blocks("alice", "bob"));
        assertEquals(Set.of("bob"), pair.audience(), "alice no longer sees it");
        assertThrows(RelationshipRefused.class, () -> pair.befriend("alice", NOW));
        assertThrows(RelationshipRefused.class, () -> pair.befriend("bob", NOW), "the blocker unblocks first");
        assertEquals(RelationshipChange.NOTHING, pair.block("bob", NOW));
        assertEquals(RelationshipChange.UNBLOCKED, pair.unblock("bob", NOW));
        assertEquals(RelationshipChange.REQUESTED, pair.befriend("alice", NOW), "asking is possible again");
    }

    @Test
    void blocksGoBothWaysIndependently() {
        Relationship pair = Relationship.between("alice", "bob");
        pair.block("alice", NOW);
        pair.block("bob", NOW);
        assertEquals(Set.of(), pair.audience(), "each is hidden by the other's block (their own blocks list still shows theirs)");
        pair.unblock("alice", NOW);
        assertEquals(Set.of("bob"), pair.audience(), "bob sees his block once alice lifted hers; alice still sees nothing");
        assertTrue(pair.isBlockedEitherWay());
    }

    @Test
    void onlyTheTwoAct() {
        Relationship pair = Relationship.between("alice", "bob");
        assertThrows(IllegalArgumentException.class, () -> pair.befriend("carol", NOW));
        assertThrows(RelationshipRefused.class, () -> Relationship.between("alice", "alice"));
        assertTrue(RelationshipChange.ACCEPTED.isPublished());
        assertFalse(RelationshipChange.REQUESTED.isPublished(), "requests stay in interaction");
    }
}
