package app.tempo.interaction.application;

import app.tempo.interaction.domain.model.activity.KnownTraining;
import app.tempo.interaction.domain.model.activity.KnownTrainings;
import app.tempo.interaction.domain.model.group.Group;
import app.tempo.interaction.domain.model.group.GroupDetails;
import app.tempo.interaction.domain.model.group.GroupEvents;
import app.tempo.interaction.domain.model.group.GroupMembers;
import app.tempo.interaction.domain.model.group.GroupRepository;
import app.tempo.interaction.domain.model.group.GroupRole;
import app.tempo.interaction.domain.model.group.Membership;
import app.tempo.interaction.domain.model.group.MembershipChange;
import app.tempo.interaction.domain.model.notification.NotificationType;
import app.tempo.interaction.domain.model.social.RelationshipRepository;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.sync.Changes;
import app.tempo.platform.write.ConditionalDelete;
import app.tempo.platform.write.ConditionalPut;
import app.tempo.platform.write.WriteOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Groups and their memberships. Every change is made under the group's row lock; each membership change reaches the
 * member's feed, the group's copy in every member's feed, the other domains (memberships, not requests), the group
 * chat's readers and, where due, a notification.
 */
@ApplicationScoped
@Transactional
public class GroupService {

    @Inject
    GroupRepository groups;

    @Inject
    KnownTrainings trainings;

    @Inject
    Changes changes;

    @Inject
    GroupEvents events;

    @Inject
    ChatService chats;

    @Inject
    NotificationService notifications;

    @Inject
    AbuseLimits limits;

    @Inject
    RelationshipRepository relationships;

    private static final int NAME_BASED_MD5 = 3;
    private static final int NAME_BASED_SHA1 = 5;

    @Inject
    @ConfigProperty(name = "tempo.quota.group-members", defaultValue = "500")
    int maxMembers;

    @Inject
    @ConfigProperty(name = "tempo.quota.groups-owned", defaultValue = "100")
    long maxOwned;

    /** Any signed-in athlete sees a group's description (to find it and ask to join). */
    public Optional<Group> find(UUID id) {
        return groups.find(id).filter(group -> !group.isDeleted());
    }

    public Optional<GroupRole> roleOf(UUID groupId, String subject) {
        return groups.membership(groupId, subject).map(Membership::role);
    }

    public Optional<Membership> membership(UUID groupId, String subject) {
        return groups.membership(groupId, subject);
    }

    public List<Membership> membershipsOf(String subject, UUID afterId, int limit) {
        return groups.of(subject, afterId, limit);
    }

    /** The members (and, for owners and admins, the requests); empty for one who is not a member. */
    public Optional<List<Membership>> members(UUID groupId, String viewer) {
        Optional<GroupRole> role = find(groupId).flatMap(group -> roleOf(groupId, viewer)).filter(GroupRole::isMember);
        return role.map(viewerRole -> groups.memberships(groupId).stream()
                .filter(membership -> membership.role().isMember() || viewerRole.manages()).toList());
    }

    /** The group's trainings (from training-war's events), for its members. */
    public Optional<List<KnownTraining>> trainings(UUID groupId, String viewer, Instant afterStart, UUID afterId, int limit) {
        return find(groupId).flatMap(group -> roleOf(groupId, viewer)).filter(GroupRole::isMember)
                .map(role -> trainings.ofGroup(groupId, afterStart, afterId, limit));
    }

    /** Founds the group with the caller as owner, or re-describes it (owner or admin, If-Match). */
    public WriteOutcome<Group> put(String subject, UUID id, GroupDetails details, Long expectedVersion) {
        Optional<Group> existing = groups.findForUpdate(id);
        existing.filter(group -> !group.isDeleted()).ifPresent(group -> requireManager(group, subject));
        WriteOutcome<Group> outcome = new ConditionalPut<Group>(group -> true, group -> group.isDescribedAs(details), Group::version,
                Group::isDeleted).apply(existing, expectedVersion, () -> found(subject, id, details), group -> group.describe(details));
        if (outcome.changedIt()) {
            changes.changed(outcome.resource());
        }
        return outcome;
    }

    /** The owner deletes the group: everyone leaves it; its id is not used again. */
    public WriteOutcome<Group> delete(String subject, UUID id, Long expectedVersion) {
        Optional<Group> existing = groups.findForUpdate(id);
        existing.filter(group -> !group.isDeleted()).ifPresent(group -> {
            if (!group.owner().equals(subject)) {
                throw ProblemException.forbidden("Only the group's owner deletes it");
            }
        });
        return new ConditionalDelete<Group>(group -> group.owner().equals(subject), Group::isDeleted, Group::version)
                .apply(existing, expectedVersion, group -> {
                    GroupMembers members = membersOf(group);
                    Map<String, GroupRole> before = roles(members);
                    List<MembershipChange> left = members.disband();
                    group.delete();
                    changes.deleted(group);
                    saved(members);
                    left.forEach(change -> announce(group, change, before.get(change.subject())));
                });
    }

    public Optional<Group> join(String subject, UUID id) {
        return change(id, (group, members) -> {
            List<MembershipChange> joined = members.join(subject, Instant.now());
            if (!joined.isEmpty()) {
                limits.take(subject, AbuseLimits.Action.GROUP_JOIN);
            }
            return joined;
        });
    }

    public Optional<Group> leave(String subject, UUID id) {
        return change(id, (group, members) -> members.leave(subject, Instant.now()));
    }

    public Optional<Group> approve(String by, UUID id, String subject) {
        return change(id, (group, members) -> members.approve(by, subject, Instant.now()));
    }

    public Optional<Group> remove(String by, UUID id, String subject) {
        return change(id, (group, members) -> members.remove(by, subject, Instant.now()));
    }

    public Optional<Group> setRole(String by, UUID id, String subject, GroupRole role) {
        return change(id, (group, members) -> members.setRole(by, subject, role, Instant.now()));
    }

    public Optional<Group> handOver(String by, UUID id, String subject) {
        return change(id, (group, members) -> members.handOver(by, subject, Instant.now()));
    }

    private Group found(String owner, UUID id, GroupDetails details) {
        if (id.version() == NAME_BASED_MD5 || id.version() == NAME_BASED_SHA1) {
            // a pair of friends' direct chat has a name-based id (Relationship.idOf): a group must never take one
            throw ProblemException.invalidField("id", "a group's id is a random or time-based UUID, not a name-based one");
        }
        if (groups.countOwnedBy(owner) >= maxOwned) {
            throw ProblemException.quotaExceeded("groups owned", maxOwned);
        }
        Group group = Group.found(id, owner, details, Instant.now());
        groups.add(group);
        GroupMembers members = new GroupMembers(group, List.of(), maxMembers);
        MembershipChange founded = members.founded(Instant.now());
        saved(members);
        announce(group, founded, null);
        return group;
    }

    private Optional<Group> change(UUID id, BiFunction<Group, GroupMembers, List<MembershipChange>> act) {
        Optional<Group> found = groups.findForUpdate(id).filter(group -> !group.isDeleted());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Group group = found.get();
        GroupMembers members = membersOf(group);
        Map<String, GroupRole> before = roles(members);
        List<MembershipChange> changed = act.apply(group, members);
        if (changed.isEmpty()) {
            return found;
        }
        saved(members);
        changes.changed(group); // the new counts and version to every member, the new ones included
        changed.stream().filter(change -> change.role() == null).forEach(change -> changes.revoked(group, change.subject()));
        changed.forEach(change -> announce(group, change, before.get(change.subject())));
        return found;
    }

    private GroupMembers membersOf(Group group) {
        return new GroupMembers(group, groups.memberships(group.id()), maxMembers);
    }

    private static Map<String, GroupRole> roles(GroupMembers members) {
        Map<String, GroupRole> roles = new HashMap<>();
        members.all().forEach(membership -> roles.put(membership.subject(), membership.role()));
        return roles;
    }

    private void saved(GroupMembers members) {
        members.dropped().forEach(membership -> {
            changes.deleted(membership);
            groups.remove(membership);
        });
        members.added().forEach(groups::add);
    }

    /** The member's own feed, the chat, the other domains and a notification, for one change. */
    private void announce(Group group, MembershipChange change, GroupRole before) {
        groups.membership(group.id(), change.subject()).ifPresent(changes::changed);
        chats.membershipChanged(group.id(), change.subject(), change.role());
        if (change.concernsAMember(before)) {
            events.membershipChanged(group, change.subject(), change.role());
        }
        UUID cause = UUID.nameUUIDFromBytes((group.id() + "/" + group.version() + "/" + change.subject()).getBytes(StandardCharsets.UTF_8));
        if (change.kind() == MembershipChange.Kind.REQUESTED) {
            groups.memberships(group.id()).stream().filter(membership -> membership.role().manages())
                    .filter(manager -> !relationships.blockedEitherWay(manager.subject(), change.subject()))
                    .forEach(manager -> notifications.group(cause, manager.subject(), NotificationType.GROUP_REQUEST, group, change.subject()));
        } else if (change.kind() == MembershipChange.Kind.APPROVED) {
            notifications.group(cause, change.subject(), NotificationType.GROUP_JOINED, group, null);
        }
    }

    private void requireManager(Group group, String subject) {
        if (roleOf(group.id(), subject).filter(GroupRole::manages).isEmpty()) {
            throw ProblemException.forbidden("Only the group's owner and admins change it");
        }
    }
}
