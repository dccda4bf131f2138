package app.tempo.training.domain.model.training;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the athlete did, with which gear and sensors: recorded when the training is completed. */
public record Completion(Instant completedAt, double distanceMeters, long durationSeconds, List<UUID> gearIds,
                         List<UUID> sensorIds) {

    public Completion {
        gearIds = List.copyOf(gearIds);
        sensorIds = List.copyOf(sensorIds);
    }
}
