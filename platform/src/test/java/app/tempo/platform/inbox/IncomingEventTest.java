package app.tempo.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IncomingEventTest {

    @Test
    void theContractExampleParses() throws Exception {
        String example = Files.readString(Path.of("../contracts/events/training/TrainingCompleted.v1.example.json"));
        IncomingEvent event = IncomingEvent.parse(example);
        assertEquals(UUID.fromString("6c1f4a0e-2b7d-4f4e-9d1a-3f0e8b2c5a77"), event.eventId());
        assertEquals("TrainingCompleted", event.eventType());
        assertEquals(1, event.eventVersion());
        assertEquals(Instant.parse("2026-11-22T07:52:03.118Z"), event.occurredAt());
        assertEquals("Tempo run", event.data().getString("title"));
    }

    @Test
    void anythingElseIsAMalformedEvent() {
        assertThrows(IncomingEvent.MalformedEvent.class, () -> IncomingEvent.parse("this is not an event"));
        assertThrows(IncomingEvent.MalformedEvent.class, () -> IncomingEvent.parse("{\"type\":\"TrainingCompleted\"}"));
        assertThrows(IncomingEvent.MalformedEvent.class, () -> IncomingEvent.parse(
                "{\"id\":\"not-a-uuid\",\"type\":\"T\",\"eventversion\":1,\"time\":\"2026-01-01T00:00:00Z\",\"subject\":\"s\",\"data\":{}}"));
    }
}
