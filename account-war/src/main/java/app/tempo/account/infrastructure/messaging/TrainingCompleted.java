package app.tempo.account.infrastructure.messaging;

import app.tempo.platform.inbox.IncomingEvent;
import jakarta.json.JsonString;
import java.util.List;
import java.util.UUID;

/** The fields of TrainingCompleted v1 that the account domain uses. */
record TrainingCompleted(String athlete, double distanceMeters, long durationSeconds, List<UUID> gearIds) {

    static TrainingCompleted from(IncomingEvent event) {
        return event.read(data -> new TrainingCompleted(
                data.getString("athlete"),
                data.getJsonNumber("distanceMeters").doubleValue(),
                data.getJsonNumber("durationSeconds").longValueExact(),
                data.getJsonArray("gearIds").getValuesAs(JsonString.class).stream()
                        .map(id -> UUID.fromString(id.getString())).toList()));
    }
}
