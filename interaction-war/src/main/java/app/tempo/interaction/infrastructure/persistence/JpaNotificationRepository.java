package app.tempo.interaction.infrastructure.persistence;

import app.tempo.interaction.domain.model.notification.Notification;
import app.tempo.interaction.domain.model.notification.NotificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import app.tempo.interaction.domain.model.notification.NotificationType;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    @Override
    public long countUnread(String recipient) {
        return entityManager.createQuery("SELECT count(n) FROM Notification n WHERE n.recipient = :recipient AND n.readAt IS NULL",
                Long.class).setParameter("recipient", recipient).getSingleResult();
    }

    @Override
    public List<Notification> unreadUpTo(String recipient, long sequence, int limit) {
        return entityManager.createQuery("SELECT n FROM Notification n WHERE n.recipient = :recipient AND n.readAt IS NULL"
                        + " AND n.sequence <= :sequence ORDER BY n.sequence", Notification.class)
                .setParameter("recipient", recipient).setParameter("sequence", sequence).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Long> newest(String recipient) {
        return Optional.ofNullable(entityManager.createQuery("SELECT max(n.sequence) FROM Notification n WHERE n.recipient = :recipient",
                Long.class).setParameter("recipient", recipient).getSingleResult());
    }

    @Override
    public Set<NotificationType> muted(String subject) {
        @SuppressWarnings("unchecked")
        List<String> types = entityManager.createNativeQuery("SELECT type FROM notification_muted WHERE subject = ?1")
                .setParameter(1, subject).getResultList();
        Set<NotificationType> muted = EnumSet.noneOf(NotificationType.class);
        types.forEach(type -> muted.add(NotificationType.valueOf(type)));
        return muted;
    }

    @Override
    public void mute(String subject, Set<NotificationType> types) {
        entityManager.createNativeQuery("DELETE FROM notification_muted WHERE subject = ?1").setParameter(1, subject).executeUpdate();
        types.forEach(type -> entityManager.createNativeQuery("INSERT INTO notification_muted (subject, type) VALUES (?1, ?2)")
                .setParameter(1, subject).setParameter(2, type.name()).executeUpdate());
    }

    @Override
    public boolean isMuted(String recipient, NotificationType type) {
        return !entityManager.createNativeQuery("SELECT 1 FROM notification_muted WHERE subject = ?1 AND type = ?2")
                .setParameter(1, recipient).setParameter(2, type.name()).getResultList().isEmpty();
    }
}
