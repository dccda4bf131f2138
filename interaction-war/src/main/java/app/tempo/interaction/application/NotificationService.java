package app.tempo.interaction.application;

import app.tempo.interaction.domain.model.notification.Notification;
import app.tempo.interaction.domain.model.notification.NotificationRepository;
import app.tempo.interaction.domain.model.notification.NotificationType;
import app.tempo.platform.sync.Changes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Storing and reading an athlete's notifications. */
@ApplicationScoped
@Transactional
public class NotificationService {

    @Inject
    NotificationRepository notifications;

    @Inject
    Changes changes;

    public List<Notification> page(String athlete, Long beforeSequence, int size) {
        return notifications.page(athlete, beforeSequence, size);
    }

    public Optional<Notification> markRead(String athlete, UUID id) {
        Optional<Notification> notification = notifications.find(id).filter(item -> item.isFor(athlete));
        notification.filter(item -> item.readAt() == null).ifPresent(item -> {
            item.markRead(Instant.now());
            changes.changed(item);
        });
        return notification;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void trainingCompleted(UUID eventId, String athlete, String trainingId, String title, double meters,
                                  long seconds, Instant completedAt) {
        String text = String.format(Locale.ROOT, "You completed \"%s\": %.2f km in %s", title, meters / 1000,
                formatDuration(seconds));
        Notification notification = Notification.of(eventId, athlete, NotificationType.TRAINING_COMPLETED, text, trainingId,
                completedAt);
        if (notifications.addIfAbsent(notification)) {
            changes.changed(notification);
        }
    }

    /** A gear item passed its wear threshold: the hint's wording and Store link come from account-war. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void gearReplacementHint(UUID eventId, String athlete, String gearId, String title, String text, String storeUrl,
                                    Instant occurredAt) {
        Notification notification = Notification.of(eventId, athlete, NotificationType.GEAR_REPLACEMENT, text, gearId, occurredAt)
                .titled(title, storeUrl);
        if (notifications.addIfAbsent(notification)) {
            changes.changed(notification);
        }
    }

    static String formatDuration(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }
}
