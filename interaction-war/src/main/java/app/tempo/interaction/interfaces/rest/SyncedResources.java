package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.domain.model.notification.Notification;
import app.tempo.platform.sync.SyncedType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Set;

/** What interaction-war's change feed carries ({@code GET /api/v1/interaction/sync}). */
@ApplicationScoped
public class SyncedResources {

    @Produces
    @ApplicationScoped
    SyncedType<Notification> notifications() {
        return SyncedType.declare("notification", Notification.class, Notification::id, Notification::version,
                notification -> Set.of(notification.recipient()), NotificationView::of);
    }
}
