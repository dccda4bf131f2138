package app.tempo.training.domain.model.recording;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.sf.geographiclib.Geodesic;

/**
 * What a participant's samples amount to. Samples are taken in time order. Between two consecutive samples the
 * athlete was moving when the gap is at most {@link #LONGEST_GAP} (a longer one is a pause, or the device lost them)
 * and their speed then was at least {@link #MOVING_SPEED} (a sample's own speed, else the distance between positions
 * over the gap; with neither, as on a strength session, they count as moving). Distance follows the positions on the
 * WGS84 ellipsoid (GeographicLib); without positions it is speed over moving time. Elevation gain counts climbs of at
 * least {@link #CLIMB_STEP} from the last counted altitude, so a GPS altitude wobbling by a metre adds nothing.
 */
public record ActivitySummary(int samples, Instant startedAt, Instant endedAt, long durationSeconds, long movingSeconds,
                              double distanceMeters, double elevationGainMeters, Double averageSpeed, Integer averageHeartRate,
                              Integer maxHeartRate, Integer averagePower) {

    static final Duration LONGEST_GAP = Duration.ofSeconds(30);
    static final double MOVING_SPEED = 0.5;
    static final double CLIMB_STEP = 3;

    /** The summary of samples in time order (at least one). */
    public static ActivitySummary of(List<Sample> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("a summary needs samples");
        }
        double distance = 0;
        double movingMillis = 0;
        double distanceFromSpeed = 0;
        boolean anyPosition = false;
        Sample previous = null;
        Sample lastPositioned = null;
        Double climbReference = null;
        double gain = 0;
        long heartRateSum = 0;
        int heartRates = 0;
        int maxHeartRate = 0;
        long powerSum = 0;
        int powers = 0;
        for (Sample sample : samples) {
            if (sample.heartRate() != null) {
                heartRateSum += sample.heartRate();
                heartRates++;
                maxHeartRate = Math.max(maxHeartRate, sample.heartRate());
            }
            if (sample.power() != null) {
                powerSum += sample.power();
                powers++;
            }
            if (sample.altitude() != null) {
                if (climbReference == null) {
                    climbReference = sample.altitude();
                } else if (sample.altitude() - climbReference >= CLIMB_STEP) {
                    gain += sample.altitude() - climbReference;
                    climbReference = sample.altitude();
                } else if (sample.altitude() < climbReference) {
                    climbReference = sample.altitude();
                }
            }
            double step = 0;
            if (sample.hasPosition()) {
                anyPosition = true;
                if (lastPositioned != null) {
                    step = Geodesic.WGS84.Inverse(lastPositioned.latitude(), lastPositioned.longitude(),
                            sample.latitude(), sample.longitude()).s12;
                    distance += step;
                }
            }
            if (previous != null) {
                long gapMillis = Duration.between(previous.at(), sample.at()).toMillis();
                Double speed = sample.speed() != null ? sample.speed()
                        : sample.hasPosition() && previous.hasPosition() && gapMillis > 0 ? step * 1000 / gapMillis : null;
                if (gapMillis > 0 && gapMillis <= LONGEST_GAP.toMillis() && (speed == null || speed >= MOVING_SPEED)) {
                    movingMillis += gapMillis;
                    if (speed != null) {
                        distanceFromSpeed += speed * gapMillis / 1000;
                    }
                }
            }
            if (sample.hasPosition()) {
                lastPositioned = sample;
            }
            previous = sample;
        }
        Instant start = samples.get(0).at();
        Instant end = samples.get(samples.size() - 1).at();
        double meters = anyPosition ? distance : distanceFromSpeed;
        long moving = Math.round(movingMillis / 1000);
        return new ActivitySummary(samples.size(), start, end, Duration.between(start, end).toSeconds(), moving, meters, gain,
                moving > 0 && meters > 0 ? meters / moving : null,
                heartRates == 0 ? null : (int) Math.round((double) heartRateSum / heartRates),
                heartRates == 0 ? null : maxHeartRate,
                powers == 0 ? null : (int) Math.round((double) powerSum / powers));
    }
}
