package app.tempo.interaction.infrastructure.messaging;

import app.tempo.platform.inbox.IncomingEvent;
import java.time.Instant;

/** The fields of TrainingCompleted v1 that the interaction domain uses. */
record TrainingCompleted(String athlete, String trainingId, String title, double distanceMeters, long durationSeconds,
                         Instant completedAt) {

    static TrainingCompleted from(IncomingEvent event) {
        return event.read(data -> new TrainingCompleted(
                data.getString("athlete"),
                data.getString("trainingId"),
                data.getString("title"),
                data.getJsonNumber("distanceMeters").doubleValue(),
                data.getJsonNumber("durationSeconds").longValueExact(),
                Instant.parse(data.getString("completedAt"))));
    }
}
