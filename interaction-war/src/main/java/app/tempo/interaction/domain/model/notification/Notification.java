package app.tempo.interaction.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A notification for one athlete. Its id derives from the event that caused it, so one event can never notify the
 * same athlete twice.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private UUID id;

    @Column(name = "seq", insertable = false, updatable = false)
    private Long sequence;

    @Column(name = "recipient_subject", nullable = false, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationType type;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(updatable = false)
    private String title;

    @Column(updatable = false)
    private String link;

    @Column(name = "reference_id", updatable = false)
    private String referenceId;

    @Column(name = "source_event_id", nullable = false, updatable = false)
    private UUID sourceEventId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public static Notification of(UUID sourceEventId, String recipient, NotificationType type, String text,
                                  String referenceId, Instant createdAt) {
        Notification notification = new Notification();
        notification.id = idFor(sourceEventId, recipient);
        notification.sourceEventId = sourceEventId;
        notification.recipient = recipient;
        notification.type = type;
        notification.text = text;
        notification.referenceId = referenceId;
        notification.createdAt = createdAt;
        return notification;
    }

    /** A notification with a title and a link to act on (e.g. a Store page). */
    public Notification titled(String newTitle, String newLink) {
        title = newTitle;
        link = newLink;
        return this;
    }

    static UUID idFor(UUID sourceEventId, String recipient) {
        return UUID.nameUUIDFromBytes((sourceEventId + "/" + recipient).getBytes(StandardCharsets.UTF_8));
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public boolean isFor(String subject) {
        return recipient.equals(subject);
    }

    /** A notification changes once, when it is read: version 1 until then, 2 after. */
    public long version() {
        return readAt == null ? 1 : 2;
    }

    public String recipient() {
        return recipient;
    }

    public UUID id() {
        return id;
    }

    public Long sequence() {
        return sequence;
    }

    public NotificationType type() {
        return type;
    }

    public String text() {
        return text;
    }

    public String title() {
        return title;
    }

    public String link() {
        return link;
    }

    public String referenceId() {
        return referenceId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
