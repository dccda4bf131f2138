package app.tempo.account.infrastructure.persistence;

import app.tempo.account.domain.model.gear.Gear;
import app.tempo.account.domain.model.gear.GearMount;
import app.tempo.account.domain.model.gear.GearRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
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
    public List<Gear> recentlyChanged(String owner, int limit) {
        return entityManager.createQuery("SELECT g FROM Gear g WHERE g.owner = :owner AND g.deleted = false "
                        + "ORDER BY g.updatedAt DESC, g.id", Gear.class)
                .setParameter("owner", owner).setMaxResults(limit).getResultList();
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
        entityManager.flush(); // before any mount of it: gear_mount's foreign key needs the row, and nothing maps them
    }

    @Override
    public List<GearMount> mountsOf(UUID componentId) {
        return entityManager.createQuery("SELECT m FROM GearMount m WHERE m.componentId = :component ORDER BY m.mountedAt, m.id",
                GearMount.class).setParameter("component", componentId).getResultList();
    }

    @Override
    public List<GearMount> mountsOf(UUID componentId, long afterId, int limit) {
        return entityManager.createQuery("SELECT m FROM GearMount m WHERE m.componentId = :component AND m.id > :after ORDER BY m.id",
                GearMount.class).setParameter("component", componentId).setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<UUID> componentsOn(UUID bikeId, Instant moment) {
        return entityManager.createQuery("SELECT DISTINCT m.componentId FROM GearMount m WHERE m.bikeId = :bike "
                        + "AND m.mountedAt <= :moment AND (m.unmountedAt IS NULL OR m.unmountedAt > :moment)", UUID.class)
                .setParameter("bike", bikeId).setParameter("moment", moment).getResultList();
    }

    @Override
    public List<Gear> mountedOn(UUID bikeId) {
        return entityManager.createQuery("SELECT g FROM Gear g WHERE g.bikeId = :bike AND g.deleted = false", Gear.class)
                .setParameter("bike", bikeId.toString()).getResultList();
    }

    @Override
    public void add(GearMount mount) {
        entityManager.persist(mount);
    }

    @Override
    public void recordUse(String athlete, UUID trainingId, UUID gearId, double meters, long seconds) {
        entityManager.createNativeQuery("INSERT INTO gear_use (athlete_subject, training_id, gear_id, distance_meters, duration_seconds) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, athlete).setParameter(2, trainingId).setParameter(3, gearId).setParameter(4, meters)
                .setParameter(5, seconds).executeUpdate();
    }

    @Override
    public List<GearUse> usesOf(String athlete, UUID trainingId) {
        List<?> rows = entityManager.createNativeQuery("SELECT gear_id, distance_meters, duration_seconds FROM gear_use "
                        + "WHERE athlete_subject = ? AND training_id = ? ORDER BY gear_id")
                .setParameter(1, athlete).setParameter(2, trainingId).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new GearUse((UUID) row[0],
                ((Number) row[1]).doubleValue(), ((Number) row[2]).longValue())).toList();
    }

    @Override
    public void forgetUses(String athlete, UUID trainingId) {
        entityManager.createNativeQuery("DELETE FROM gear_use WHERE athlete_subject = ? AND training_id = ?")
                .setParameter(1, athlete).setParameter(2, trainingId).executeUpdate();
    }
}
