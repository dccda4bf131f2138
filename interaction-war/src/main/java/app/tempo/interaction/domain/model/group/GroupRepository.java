package app.tempo.interaction.domain.model.group;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface GroupRepository {

    Optional<Group> find(UUID id);

    /** The group, locked until the transaction ends: every change of it or its memberships is made under this lock. */
    Optional<Group> findForUpdate(UUID id);

    void add(Group group);

    List<Membership> memberships(UUID groupId);

    Optional<Membership> membership(UUID groupId, String subject);

    void add(Membership membership);

    void remove(Membership membership);

    /** The groups the athlete is in or asked to join, in id order after {@code afterId}. */
    List<Membership> of(String subject, UUID afterId, int limit);

    long countOwnedBy(String subject);
}
