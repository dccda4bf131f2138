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

    static ResultView of(Result result, Integer rank) {
        Double pace = result.averageSpeed() == null || result.averageSpeed() <= 0 ? null : 1000 / result.averageSpeed();
        return new ResultView(result.trainingId(), result.subject(), rank, result.samples(), result.startedAt(),
                result.durationSeconds(), result.movingSeconds(), result.distanceMeters(), result.averageSpeed(), pace,
                result.averageHeartRate(), result.maxHeartRate(), result.averagePower(), result.elevationGainMeters(),
                result.calories(), result.version());
    }

    static ResultView of(Result result) {
        return of(result, null);
    }
}
