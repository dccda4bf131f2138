package app.tempo.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.tempo.platform.inbox.IncomingEvent;
import jakarta.json.Json;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CloudEventJsonTest {

    @Test
    void whatTheOutboxWritesIsWhatConsumersRead() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-22T07:52:03.118Z");
        NewEvent event = new NewEvent("jms/x", "tempo/test", "SomethingHappened", 3, "subject-1", "aggregate-1",
                Json.createObjectBuilder().add("answer", 42).build());

        IncomingEvent read = IncomingEvent.parse(CloudEventJson.render(id, at, event));

        assertEquals(id, read.eventId());
        assertEquals("SomethingHappened", read.eventType());
        assertEquals(3, read.eventVersion());
        assertEquals(at, read.occurredAt());
        assertEquals("subject-1", read.subject());
        assertEquals(42, read.data().getInt("answer"));
    }
}
