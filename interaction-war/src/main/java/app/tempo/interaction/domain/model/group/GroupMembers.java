package app.tempo.interaction.domain.model.group;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is in a group and the rules of changing it: anyone joins an open group; a closed one takes a request that an
 * owner or admin approves; owners and admins remove members and decline requests (an admin not another admin, no one
 * the owner); the owner names admins and hands the group over; the owner cannot leave without handing it over.
 * Every act is idempotent: asking for what already is changes nothing. Work on it under the group's lock.
 */
public final class GroupMembers {

    private final Group group;
    private final Map<String, Membership> bySubject = new LinkedHashMap<>();
    private final List<Membership> added = new ArrayList<>();
    private final List<Membership> dropped = new ArrayList<>();
    private final int maxMembers;

    public GroupMembers(Group group, List<Membership> memberships, int maxMembers) {
        this.group = group;
        this.maxMembers = maxMembers;
        memberships.forEach(membership -> bySubject.put(membership.subject(), membership));
    }

    /** The founder's membership of a new group (part of its first version). */
    public MembershipChange founded(Instant at) {
        Membership owner = new Membership(group.id(), group.owner(), GroupRole.OWNER, at, group.version());
        bySubject.put(owner.subject(), owner);
        added.add(owner);
        group.counted(GroupRole.OWNER, 1);
        return new MembershipChange(MembershipChange.Kind.JOINED, owner.subject(), GroupRole.OWNER);
    }

    public Optional<GroupRole> roleOf(String subject) {
        return Optional.ofNullable(bySubject.get(subject)).map(Membership::role);
    }

    public List<MembershipChange> join(String subject, Instant at) {
        if (bySubject.containsKey(subject)) {
            return List.of();
        }
        GroupRole role = group.isOpen() ? GroupRole.MEMBER : GroupRole.REQUESTED;
        if (role.isMember()) {
            requireRoom();
        }
        return List.of(enter(subject, role, role.isMember() ? MembershipChange.Kind.JOINED : MembershipChange.Kind.REQUESTED, at));
    }

    /** Leaves, or withdraws one's request. */
    public List<MembershipChange> leave(String subject, Instant at) {
        Membership membership = bySubject.get(subject);
        if (membership == null) {
            return List.of();
        }
        if (membership.role() == GroupRole.OWNER) {
            throw new GroupRuleViolation("The owner cannot leave: hand the group over first, or delete it", false);
        }
        return List.of(drop(membership, MembershipChange.Kind.LEFT));
    }

    public List<MembershipChange> approve(String by, String subject, Instant at) {
        requireManager(by);
        Membership membership = bySubject.get(subject);
        if (membership == null) {
            throw new GroupRuleViolation("No request from this athlete", false);
        }
        if (membership.role().isMember()) {
            return List.of();
        }
        requireRoom();
        return List.of(change(membership, GroupRole.MEMBER, MembershipChange.Kind.APPROVED, at));
    }

    /** Removes a member, or declines a request. */
    public List<MembershipChange> remove(String by, String subject, Instant at) {
        GroupRole actor = requireManager(by);
        Membership membership = bySubject.get(subject);
        if (membership == null) {
            return List.of();
        }
        if (membership.role() == GroupRole.OWNER || membership.role() == GroupRole.ADMIN && actor != GroupRole.OWNER) {
            throw new GroupRuleViolation("Only the owner removes an admin, and no one the owner", true);
        }
        return List.of(drop(membership, MembershipChange.Kind.REMOVED));
    }

    /** The owner makes a member an admin, or an admin a member again. */
    public List<MembershipChange> setRole(String by, String subject, GroupRole role, Instant at) {
        requireOwner(by);
        if (role != GroupRole.ADMIN && role != GroupRole.MEMBER) {
            throw new GroupRuleViolation("A role given is ADMIN or MEMBER (ownership is handed over)", false);
        }
        Membership membership = requireMember(subject);
        if (membership.role() == GroupRole.OWNER) {
            throw new GroupRuleViolation("The owner's role changes only by handing the group over", false);
        }
        return membership.role() == role ? List.of() : List.of(change(membership, role, MembershipChange.Kind.ROLE_CHANGED, at));
    }

    /** The owner hands the group to a member and stays on as an admin. */
    public List<MembershipChange> handOver(String by, String subject, Instant at) {
        requireOwner(by);
        if (by.equals(subject)) {
            return List.of();
        }
        Membership heir = requireMember(subject);
        group.ownedBy(subject);
        return List.of(change(bySubject.get(by), GroupRole.ADMIN, MembershipChange.Kind.ROLE_CHANGED, at),
                change(heir, GroupRole.OWNER, MembershipChange.Kind.ROLE_CHANGED, at));
    }

    /** Everyone leaves a deleted group. */
    public List<MembershipChange> disband() {
        return List.copyOf(bySubject.values()).stream().map(membership -> drop(membership, MembershipChange.Kind.REMOVED)).toList();
    }

    private GroupRole requireManager(String by) {
        GroupRole role = roleOf(by).orElse(null);
        if (role == null || !role.manages()) {
            throw new GroupRuleViolation("Only the group's owner and admins do this", true);
        }
        return role;
    }

    private void requireOwner(String by) {
        if (roleOf(by).orElse(null) != GroupRole.OWNER) {
            throw new GroupRuleViolation("Only the group's owner does this", true);
        }
    }

    private Membership requireMember(String subject) {
        Membership membership = bySubject.get(subject);
        if (membership == null || !membership.role().isMember()) {
            throw new GroupRuleViolation("This athlete is not a member of the group", false);
        }
        return membership;
    }

    private void requireRoom() {
        if (group.memberCount() >= maxMembers) {
            throw new GroupRuleViolation("The group has " + maxMembers + " members, as many as a group may have", false);
        }
    }

    private MembershipChange enter(String subject, GroupRole role, MembershipChange.Kind kind, Instant at) {
        group.touched();
        Membership membership = new Membership(group.id(), subject, role, at, group.version());
        bySubject.put(subject, membership);
        added.add(membership);
        group.counted(role, 1);
        return new MembershipChange(kind, subject, role);
    }

    private MembershipChange change(Membership membership, GroupRole role, MembershipChange.Kind kind, Instant at) {
        group.touched();
        group.counted(membership.role(), -1);
        membership.become(role, at, group.version());
        group.counted(role, 1);
        return new MembershipChange(kind, membership.subject(), role);
    }

    private MembershipChange drop(Membership membership, MembershipChange.Kind kind) {
        bySubject.remove(membership.subject());
        dropped.add(membership);
        added.remove(membership);
        group.counted(membership.role(), -1);
        group.touched();
        return new MembershipChange(kind, membership.subject(), null);
    }

    public List<Membership> added() {
        return added;
    }

    public List<Membership> dropped() {
        return dropped;
    }

    public List<Membership> all() {
        return List.copyOf(bySubject.values());
    }
}
