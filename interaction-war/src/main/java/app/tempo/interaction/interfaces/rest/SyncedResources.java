package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.application.Nicknames;
import app.tempo.interaction.domain.model.notification.Notification;
import app.tempo.interaction.domain.model.social.Relationship;
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

    /** A relationship as each side sees it (the other athlete, the status, whether they block them). */
    @Produces
    @ApplicationScoped
    SyncedType<Relationship> relationships(Nicknames nicknames) {
        return SyncedType.declarePerReader("friend", Relationship.class, Relationship::id, Relationship::version,
                Relationship::audience, (relationship, reader) -> reader == null ? null
                        : FriendView.of(relationship, reader, nicknames.of(relationship.otherThan(reader))));
    }
}
