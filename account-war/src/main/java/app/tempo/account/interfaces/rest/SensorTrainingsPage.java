package app.tempo.account.interfaces.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The trainings a sensor recorded, latest first, with the total count; {@code next} pages on. */
public record SensorTrainingsPage(long total, List<UsedIn> items, String next) {

    /** One training the sensor recorded. */
    public record UsedIn(UUID trainingId, Instant completedAt) {
    }
}
