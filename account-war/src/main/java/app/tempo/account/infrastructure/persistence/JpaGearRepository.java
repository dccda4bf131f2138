package app.tempo.account.infrastructure.persistence;

import app.tempo.account.domain.model.gear.Gear;
import app.tempo.account.domain.model.gear.GearRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
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
    public List<Gear> ownedBy(String owner) {
        return entityManager.createQuery("SELECT g FROM Gear g WHERE g.owner = :owner ORDER BY g.id", Gear.class)
                .setParameter("owner", owner)
                .getResultList();
    }

    @Override
    public void add(Gear gear) {
        entityManager.persist(gear);
    }
}
