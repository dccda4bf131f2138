package app.tempo.interaction.domain.model.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where notifications are kept. */
public interface NotificationRepository {

    Optional<Notification> find(UUID id);

    /** Newest first; {@code beforeSequence} null for the first page. */
    List<Notification> page(String recipient, Long beforeSequence, int size);

    /** Adds it unless a notification with its id exists; true if added. */
    boolean addIfAbsent(Notification notification);
}
