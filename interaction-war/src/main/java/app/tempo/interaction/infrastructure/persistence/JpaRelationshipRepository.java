package app.tempo.interaction.infrastructure.persistence;

import app.tempo.interaction.domain.model.social.FriendStatus;
import app.tempo.interaction.domain.model.social.Relationship;
import app.tempo.interaction.domain.model.social.RelationshipRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaRelationshipRepository implements RelationshipRepository {

    private static final String BOTH_SIDES = "(r.low = :subject OR r.high = :subject)";

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<Relationship> find(String one, String other) {
        return Optional.ofNullable(entityManager.find(Relationship.class, Relationship.idOf(one, other)));
    }

    @Override
    public Optional<Relationship> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Relationship.class, id));
    }

    @Override
    public Optional<Relationship> findShared(UUID id) {
        return Optional.ofNullable(entityManager.find(Relationship.class, id, LockModeType.PESSIMISTIC_READ));
    }

    @Override
    public Relationship lock(String one, String other) {
        Relationship fresh = Relationship.between(one, other);
        // insert-if-absent first, so that two first acts on a pair queue on one row instead of racing to insert it
        entityManager.createNativeQuery("""
                        INSERT INTO relationship (id, low_subject, high_subject, state, changed_at, version)
                        VALUES (?1, ?2, ?3, 'NONE', ?4, 0) ON CONFLICT DO NOTHING""")
                .setParameter(1, fresh.id()).setParameter(2, fresh.low()).setParameter(3, fresh.high())
                .setParameter(4, fresh.changedAt().atOffset(ZoneOffset.UTC)).executeUpdate();
        return entityManager.find(Relationship.class, fresh.id(), LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<Relationship> of(String subject, FriendStatus status, UUID afterId, int limit) {
        String condition = switch (status) {
            case FRIENDS -> "r.state = 'FRIENDS'";
            case REQUEST_SENT -> "r.state = 'REQUESTED' AND r.requestedBy = :subject";
            case REQUEST_RECEIVED -> "r.state = 'REQUESTED' AND r.requestedBy <> :subject";
            case NONE -> throw new IllegalArgumentException("no list of unrelated athletes");
        };
        return page("SELECT r FROM Relationship r WHERE " + BOTH_SIDES + " AND " + condition, subject, afterId, limit);
    }

    @Override
    public List<Relationship> blockedBy(String subject, UUID afterId, int limit) {
        return page("SELECT r FROM Relationship r WHERE (r.low = :subject AND r.lowBlocksHigh = TRUE"
                + " OR r.high = :subject AND r.highBlocksLow = TRUE)", subject, afterId, limit);
    }

    private List<Relationship> page(String jpql, String subject, UUID afterId, int limit) {
        TypedQuery<Relationship> query = entityManager.createQuery(jpql + (afterId == null ? "" : " AND r.id > :after")
                        + " ORDER BY r.id", Relationship.class)
                .setParameter("subject", subject).setMaxResults(limit);
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return query.getResultList();
    }

    @Override
    public boolean blockedEitherWay(String one, String other) {
        return !one.equals(other) && find(one, other).map(Relationship::isBlockedEitherWay).orElse(false);
    }

    @Override
    public boolean areFriends(String one, String other) {
        return !one.equals(other) && find(one, other).map(Relationship::areFriends).orElse(false);
    }

    @Override
    public List<String> friendsOf(String subject) {
        return entityManager.createQuery("SELECT CASE WHEN r.low = :subject THEN r.high ELSE r.low END FROM Relationship r WHERE "
                + BOTH_SIDES + " AND r.state = 'FRIENDS'", String.class).setParameter("subject", subject).getResultList();
    }

    @Override
    public long countFriends(String subject) {
        return entityManager.createQuery("SELECT count(r) FROM Relationship r WHERE " + BOTH_SIDES + " AND r.state = 'FRIENDS'",
                Long.class).setParameter("subject", subject).getSingleResult();
    }
}
