package app.tempo.training.domain.model.training;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the athlete did: recorded when the training is completed. */
public record Completion(Instant completedAt, double distanceMeters, long durationSeconds, List<UUID> gearIds) {

    public Completion {
        gearIds = List.copyOf(gearIds);
    }
}
