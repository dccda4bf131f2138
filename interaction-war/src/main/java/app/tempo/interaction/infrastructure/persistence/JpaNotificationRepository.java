package app.tempo.interaction.infrastructure.persistence;

import app.tempo.interaction.domain.model.notification.Notification;
import app.tempo.interaction.domain.model.notification.NotificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<Notification> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Notification.class, id));
    }

    @Override
    public List<Notification> page(String recipient, Long beforeSequence, int size) {
        TypedQuery<Notification> query = entityManager.createQuery(
                "SELECT n FROM Notification n WHERE n.recipient = :recipient"
                        + (beforeSequence == null ? "" : " AND n.sequence < :before")
                        + " ORDER BY n.sequence DESC", Notification.class)
                .setParameter("recipient", recipient)
                .setMaxResults(size);
        if (beforeSequence != null) {
            query.setParameter("before", beforeSequence);
        }
        return query.getResultList();
    }

    @Override
    public boolean addIfAbsent(Notification notification) {
        if (entityManager.find(Notification.class, notification.id()) != null) {
            return false;
        }
        entityManager.persist(notification);
        return true;
    }
}
