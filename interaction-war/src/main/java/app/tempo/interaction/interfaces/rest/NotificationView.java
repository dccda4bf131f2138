package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.domain.model.notification.Notification;
import app.tempo.interaction.domain.model.notification.NotificationType;
import java.time.Instant;
import java.util.UUID;

/** A notification as the API shows it. */
public record NotificationView(UUID id, NotificationType type, String text, String referenceId, Instant createdAt,
                               boolean read) {

    static NotificationView of(Notification notification) {
        return new NotificationView(notification.id(), notification.type(), notification.text(),
                notification.referenceId(), notification.createdAt(), notification.readAt() != null);
    }
}
