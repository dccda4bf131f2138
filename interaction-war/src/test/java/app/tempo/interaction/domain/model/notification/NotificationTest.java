package app.tempo.interaction.domain.model.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationTest {

    @Test
    void oneEventNotifiesOneAthleteUnderOneId() {
        UUID event = UUID.randomUUID();
        assertEquals(Notification.idFor(event, "alice"), Notification.idFor(event, "alice"));
        assertNotEquals(Notification.idFor(event, "alice"), Notification.idFor(event, "bob"));
        assertNotEquals(Notification.idFor(event, "alice"), Notification.idFor(UUID.randomUUID(), "alice"));
    }

    @Test
    void markingReadTwiceKeepsTheFirstTime() {
        Notification notification = Notification.of(UUID.randomUUID(), "alice", NotificationType.TRAINING_COMPLETED,
                "text", null, Instant.parse("2026-11-22T08:00:00Z"));
        notification.markRead(Instant.parse("2026-11-22T09:00:00Z"));
        notification.markRead(Instant.parse("2026-11-22T10:00:00Z"));
        assertEquals(Instant.parse("2026-11-22T09:00:00Z"), notification.readAt());
    }
}
