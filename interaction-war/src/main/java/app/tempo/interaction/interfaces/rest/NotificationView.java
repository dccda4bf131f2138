package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.domain.model.notification.Notification;
import app.tempo.interaction.domain.model.notification.NotificationType;
import java.time.Instant;
import java.util.UUID;

/** A notification as the API shows it; {@code title} and {@code link} only where its kind has them. */
public record NotificationView(UUID id, NotificationType type, String title, String text, String link, String referenceId,
                               Instant createdAt, boolean read) {

    static NotificationView of(Notification notification) {
        return new NotificationView(notification.id(), notification.type(), notification.title(), notification.text(), notification.link(),
                notification.referenceId(), notification.createdAt(), notification.readAt() != null);
    }
}
