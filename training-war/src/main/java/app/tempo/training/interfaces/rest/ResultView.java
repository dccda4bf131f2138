package app.tempo.training.interfaces.rest;

import app.tempo.training.domain.model.recording.Result;
import java.time.Instant;
import java.util.UUID;

/**
 * One participant's line of the results table. Speed in m/s and pace in seconds per kilometre (none without
 * distance); calories in kcal (none without a body weight or for a sport without a MET value).
 */
public record ResultView(UUID trainingId, String subject, Integer rank, int samples, Instant startedAt, long durationSeconds,
                         long movingSeconds, double distanceMeters, Double averageSpeed, Double paceSecondsPerKm,
                         Integer averageHeartRate, Integer maxHeartRate, Integer averagePower, double elevationGainMeters,
                         Double calories, long version) {

    /** The line as {@code reader} sees it: calories on their own line only (they and the MET give the weight away). */
    static ResultView of(Result result, Integer rank, String reader) {
        Double pace = result.averageSpeed() == null || result.averageSpeed() <= 0 ? null : 1000 / result.averageSpeed();
        return new ResultView(result.trainingId(), result.subject(), rank, result.samples(), result.startedAt(),
                result.durationSeconds(), result.movingSeconds(), result.distanceMeters(), result.averageSpeed(), pace,
                result.averageHeartRate(), result.maxHeartRate(), result.averagePower(), result.elevationGainMeters(),
                result.subject().equals(reader) ? result.calories() : null, result.version());
    }

    /** The participant's own line (the answer to their upload, their feed). */
    static ResultView own(Result result) {
        return of(result, null, result.subject());
    }
}
