package app.tempo.training.infrastructure.persistence;

import app.tempo.training.domain.model.route.TrainingRoute;
import app.tempo.training.domain.model.training.Training;
import app.tempo.training.domain.model.training.TrainingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaTrainingRepository implements TrainingRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<Training> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Training.class, id));
    }

    @Override
    public void add(Training training) {
        entityManager.persist(training);
    }

    @Override
    public Optional<TrainingRoute> routeOf(UUID trainingId) {
        return Optional.ofNullable(entityManager.find(TrainingRoute.class, trainingId));
    }

    @Override
    public void add(TrainingRoute route) {
        entityManager.persist(route);
    }

    @Override
    public void remove(TrainingRoute route) {
        entityManager.remove(route);
    }

    @Override
    public long countOwnedBy(String owner) {
        return entityManager.createQuery("SELECT count(t) FROM Training t WHERE t.owner = :owner AND t.deleted = false", Long.class)
                .setParameter("owner", owner)
                .getSingleResult();
    }
}
