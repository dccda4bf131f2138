package app.tempo.training.infrastructure.persistence;

import app.tempo.training.domain.model.route.TrainingRoute;
import app.tempo.training.domain.model.training.Participant;
import app.tempo.training.domain.model.training.Training;
import app.tempo.training.domain.model.training.TrainingRepository;
import app.tempo.training.domain.model.training.TrainingMemberKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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
    public Optional<Training> findForUpdate(UUID id) {
        return Optional.ofNullable(entityManager.find(Training.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Participant> participants(UUID trainingId) {
        return entityManager.createQuery("SELECT p FROM Participant p WHERE p.trainingId = :training ORDER BY p.since, p.subject",
                        Participant.class)
                .setParameter("training", trainingId)
                .getResultList();
    }

    @Override
    public Optional<Participant> participant(UUID trainingId, String subject) {
        return Optional.ofNullable(entityManager.find(Participant.class, new TrainingMemberKey(trainingId, subject)));
    }

    @Override
    public void add(Participant participant) {
        entityManager.persist(participant);
    }

    @Override
    public void remove(Participant participant) {
        entityManager.remove(participant);
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
