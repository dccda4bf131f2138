package app.tempo.interaction.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NotificationServiceTest {

    @Test
    void durationsReadAsHoursMinutesSeconds() {
        assertEquals("0:50:50", NotificationService.formatDuration(3050));
        assertEquals("2:00:05", NotificationService.formatDuration(7205));
    }
}
