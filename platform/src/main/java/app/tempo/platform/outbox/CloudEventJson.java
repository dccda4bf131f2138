package app.tempo.platform.outbox;

import jakarta.json.Json;
import java.time.Instant;
import java.util.UUID;

/** Renders an event as a structured-mode CloudEvents 1.0 JSON document, the body of every Tempo message. */
final class CloudEventJson {

    private CloudEventJson() {
    }

    static String render(UUID eventId, Instant occurredAt, NewEvent event) {
        return Json.createObjectBuilder()
                .add("specversion", "1.0")
                .add("id", eventId.toString())
                .add("source", event.source())
                .add("type", event.type())
                .add("eventversion", event.version())
                .add("time", occurredAt.toString())
                .add("subject", event.subject())
                .add("datacontenttype", "application/json")
                .add("data", event.data())
                .build()
                .toString();
    }
}
