package app.tempo.account.infrastructure.messaging;

import app.tempo.account.domain.model.completion.CompletedTraining;
import app.tempo.platform.inbox.IncomingEvent;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The fields of TrainingCompleted v1 that the account domain uses. Moving time, elevation gain, calories and the
 * sensors are optional in v1 (training-war adds them as it records them); anything else is ignored.
 */
final class TrainingCompleted {

    private TrainingCompleted() {
    }

    static CompletedTraining from(IncomingEvent event) {
        return event.read(data -> {
            long duration = data.getJsonNumber("durationSeconds").longValueExact();
            return new CompletedTraining(
                    data.getString("athlete"),
                    UUID.fromString(data.getString("trainingId")),
                    data.getString("sport"),
                    data.getString("title"),
                    Instant.parse(data.getString("completedAt")).truncatedTo(ChronoUnit.MICROS), // as the database keeps it
                    data.getJsonNumber("distanceMeters").doubleValue(),
                    duration,
                    optional(data, "movingSeconds").map(JsonNumber::longValueExact).orElse(duration),
                    optional(data, "elevationGainMeters").map(JsonNumber::doubleValue).orElse(0.0),
                    optional(data, "calories").map(JsonNumber::doubleValue).orElse(0.0),
                    event.occurredAt().truncatedTo(ChronoUnit.MICROS),
                    ids(data.getJsonArray("gearIds")),
                    data.containsKey("sensorIds") ? ids(data.getJsonArray("sensorIds")) : List.of());
        });
    }

    private static Optional<JsonNumber> optional(JsonObject data, String field) {
        return data.containsKey(field) && !data.isNull(field) ? Optional.of(data.getJsonNumber(field)) : Optional.empty();
    }

    private static List<UUID> ids(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(id -> UUID.fromString(id.getString())).distinct().toList();
    }
}
