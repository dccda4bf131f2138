package app.tempo.account.infrastructure.persistence;

import app.tempo.account.domain.model.gear.Gear;
import app.tempo.account.domain.model.gear.GearRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaGearRepository implements GearRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<Gear> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Gear.class, id));
    }

    @Override
    public Optional<Gear> findForUpdate(UUID id) {
        return Optional.ofNullable(entityManager.find(Gear.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Gear> ownedBy(String owner, UUID afterId, int limit) {
        TypedQuery<Gear> query = entityManager.createQuery(afterId == null
                ? "SELECT g FROM Gear g WHERE g.owner = :owner AND g.deleted = false ORDER BY g.id"
                : "SELECT g FROM Gear g WHERE g.owner = :owner AND g.deleted = false AND g.id > :after ORDER BY g.id", Gear.class);
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return query.setParameter("owner", owner).setMaxResults(limit).getResultList();
    }

    @Override
    public long countOwnedBy(String owner) {
        return entityManager.createQuery("SELECT count(g) FROM Gear g WHERE g.owner = :owner AND g.deleted = false", Long.class)
                .setParameter("owner", owner)
                .getSingleResult();
    }

    @Override
    public void add(Gear gear) {
        entityManager.persist(gear);
    }
}
