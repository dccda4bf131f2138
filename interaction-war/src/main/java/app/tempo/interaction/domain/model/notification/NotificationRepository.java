package app.tempo.interaction.domain.model.notification;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Where notifications, and the kinds each athlete turned off, are kept. */
public interface NotificationRepository {

    Optional<Notification> find(UUID id);

    /** Newest first; {@code beforeSequence} null for the first page. */
    List<Notification> page(String recipient, Long beforeSequence, int size);

    /** Adds it unless a notification with its id exists; true if added. */
    boolean addIfAbsent(Notification notification);

    long countUnread(String recipient);

    /** The recipient's unread notifications up to the sequence, at most {@code limit} of them, to be marked read. */
    List<Notification> unreadUpTo(String recipient, long sequence, int limit);

    Set<NotificationType> muted(String subject);

    void mute(String subject, Set<NotificationType> types);

    /** The highest sequence of the recipient's notifications, if any. */
    Optional<Long> newest(String recipient);

    /** Whether the recipient turned this kind off. */
    boolean isMuted(String recipient, NotificationType type);
}
