package app.tempo.interaction.infrastructure.persistence;

import app.tempo.interaction.domain.model.group.Group;
import app.tempo.interaction.domain.model.group.GroupRepository;
import app.tempo.interaction.domain.model.group.GroupRole;
import app.tempo.interaction.domain.model.group.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaGroupRepository implements GroupRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<Group> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Group.class, id));
    }

    @Override
    public Optional<Group> findForUpdate(UUID id) {
        return Optional.ofNullable(entityManager.find(Group.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(Group group) {
        entityManager.persist(group);
    }

    @Override
    public List<Membership> memberships(UUID groupId) {
        return entityManager.createQuery("SELECT m FROM Membership m WHERE m.groupId = :group ORDER BY m.since, m.subject", Membership.class)
                .setParameter("group", groupId).getResultList();
    }

    @Override
    public Optional<Membership> membership(UUID groupId, String subject) {
        return Optional.ofNullable(entityManager.find(Membership.class, new Membership.Key(groupId, subject)));
    }

    @Override
    public void add(Membership membership) {
        entityManager.persist(membership);
    }

    @Override
    public void remove(Membership membership) {
        entityManager.remove(entityManager.contains(membership) ? membership : entityManager.merge(membership));
    }

    @Override
    public List<Membership> of(String subject, UUID afterId, int limit) {
        TypedQuery<Membership> query = entityManager.createQuery("SELECT m FROM Membership m WHERE m.subject = :subject"
                        + (afterId == null ? "" : " AND m.groupId > :after") + " ORDER BY m.groupId", Membership.class)
                .setParameter("subject", subject).setMaxResults(limit);
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return query.getResultList();
    }

    @Override
    public long countOwnedBy(String subject) {
        return entityManager.createQuery("SELECT count(m) FROM Membership m WHERE m.subject = :subject AND m.role = :owner", Long.class)
                .setParameter("subject", subject).setParameter("owner", GroupRole.OWNER).getSingleResult();
    }
}
