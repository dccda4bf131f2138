package app.tempo.interaction.domain.model.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GroupMembersTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void anOpenGroupIsJoinedAndAClosedOneAsked() {
        GroupMembers open = founded(true, 10);
        assertEquals(List.of(new MembershipChange(MembershipChange.Kind.JOINED, "bob", GroupRole.MEMBER)), open.join("bob", NOW));
        assertEquals(List.of(), open.join("bob", NOW), "joining again changes nothing");
        GroupMembers closed = founded(false, 10);
        assertEquals(GroupRole.REQUESTED, closed.join("bob", NOW).get(0).role());
        assertThrows(GroupRuleViolation.class, () -> closed.approve("bob", "bob", NOW), "who asked approves nothing");
        assertEquals(GroupRole.MEMBER, closed.approve("owner", "bob", NOW).get(0).role());
        assertEquals(List.of(), closed.approve("owner", "bob", NOW), "approving again changes nothing");
    }

    @Test
    void countsFollowEveryChange() {
        Group group = Group.found(UUID.randomUUID(), "owner", new GroupDetails("Club", null, false), NOW);
        GroupMembers members = new GroupMembers(group, List.of(), 10);
        members.founded(NOW);
        long first = group.version();
        members.join("bob", NOW);
        members.join("carol", NOW);
        assertEquals(1, group.memberCount());
        assertEquals(2, group.requestCount());
        members.approve("owner", "bob", NOW);
        members.remove("owner", "carol", NOW);
        assertEquals(2, group.memberCount());
        assertEquals(0, group.requestCount());
        assertEquals(first + 4, group.version(), "every membership change moves the group's version");
    }

    @Test
    void adminsManageMembersButNotEachOtherOrTheOwner() {
        GroupMembers members = founded(true, 10);
        members.join("ann", NOW);
        members.join("ben", NOW);
        members.join("cat", NOW);
        assertThrows(GroupRuleViolation.class, () -> members.setRole("ann", "ben", GroupRole.ADMIN, NOW), "only the owner names admins");
        members.setRole("owner", "ann", GroupRole.ADMIN, NOW);
        members.setRole("owner", "ben", GroupRole.ADMIN, NOW);
        GroupRuleViolation notAdmins = assertThrows(GroupRuleViolation.class, () -> members.remove("ann", "ben", NOW));
        assertTrue(notAdmins.isPermission());
        assertThrows(GroupRuleViolation.class, () -> members.remove("ann", "owner", NOW));
        assertEquals(1, members.remove("ann", "cat", NOW).size());
        assertEquals(List.of(), members.remove("ann", "cat", NOW), "removing again changes nothing");
        assertThrows(GroupRuleViolation.class, () -> members.setRole("owner", "ann", GroupRole.OWNER, NOW), "ownership is handed over");
    }

    @Test
    void theOwnerHandsOverBeforeLeaving() {
        GroupMembers members = founded(true, 10);
        members.join("ann", NOW);
        GroupRuleViolation leaving = assertThrows(GroupRuleViolation.class, () -> members.leave("owner", NOW));
        assertTrue(!leaving.isPermission());
        assertThrows(GroupRuleViolation.class, () -> members.handOver("owner", "nobody", NOW), "to a member only");
        members.handOver("owner", "ann", NOW);
        assertEquals(Optional.of(GroupRole.OWNER), members.roleOf("ann"));
        assertEquals(Optional.of(GroupRole.ADMIN), members.roleOf("owner"));
        assertEquals(1, members.leave("owner", NOW).size());
    }

    @Test
    void aFullGroupTakesRequestsButNoMoreMembers() {
        GroupMembers open = founded(true, 2);
        open.join("ann", NOW);
        assertThrows(GroupRuleViolation.class, () -> open.join("ben", NOW));
        GroupMembers closed = founded(false, 2);
        closed.join("ann", NOW);
        closed.join("ben", NOW);
        closed.approve("owner", "ann", NOW);
        assertThrows(GroupRuleViolation.class, () -> closed.approve("owner", "ben", NOW));
    }

    @Test
    void disbandingEmptiesTheGroup() {
        GroupMembers members = founded(false, 10);
        members.join("ann", NOW);
        List<MembershipChange> left = members.disband();
        assertEquals(2, left.size());
        assertTrue(left.stream().allMatch(change -> change.role() == null));
        assertTrue(members.all().isEmpty());
    }

    private static GroupMembers founded(boolean open, int maxMembers) {
        Group group = Group.found(UUID.randomUUID(), "owner", new GroupDetails("Club", null, open), NOW);
        GroupMembers members = new GroupMembers(group, List.of(), maxMembers);
        members.founded(NOW);
        return members;
    }
}
