package app.tempo.training.domain.model.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivitySummaryTest {

    private static final Instant T0 = Instant.parse("2026-11-22T07:00:00Z");

    @Test
    void aRunNorthAlongTheEquatorsMeridianMeasuresTheEllipsoid() {
        // 0.01° of latitude from the equator is 1,105.74 m on WGS84 (110,574.4 m per degree there)
        List<Sample> samples = new ArrayList<>();
        for (int second = 0; second <= 100; second++) {
            samples.add(new Sample(T0.plusSeconds(second), 150 + second % 3, 90, null, null, second * 0.0001, 0.0, null));
        }
        ActivitySummary summary = ActivitySummary.of(samples);
        assertEquals(1105.74, summary.distanceMeters(), 0.05);
        assertEquals(100, summary.durationSeconds());
        assertEquals(100, summary.movingSeconds());
        assertEquals(11.057, summary.averageSpeed(), 0.001);
        assertEquals(151, summary.averageHeartRate());
        assertEquals(152, summary.maxHeartRate());
        assertNull(summary.averagePower());
    }

    @Test
    void standingStillAndLongGapsAreNotMovingTime() {
        List<Sample> samples = List.of(
                sample(0, 0.0, 3.0), sample(10, 0.0, 3.0),      // 10 s at 3 m/s: moving
                sample(20, 0.0, 0.1),                           // 10 s at 0.1 m/s: standing
                sample(140, 0.0, 3.0),                          // 120 s gap: a pause
                sample(150, 0.0, 3.0));                         // 10 s moving
        ActivitySummary summary = ActivitySummary.of(samples);
        assertEquals(150, summary.durationSeconds());
        assertEquals(20, summary.movingSeconds());
        assertEquals(60, summary.distanceMeters(), 0.001, "no positions: speed over the moving intervals only");
    }

    @Test
    void aWobblingAltitudeAddsNoClimbButARealHillDoes() {
        double[] altitudes = {100, 101, 100, 102, 100, 101, 105, 110, 108, 115};
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < altitudes.length; i++) {
            samples.add(new Sample(T0.plusSeconds(i), null, null, 200 + i, 2.0, null, null, altitudes[i]));
        }
        ActivitySummary summary = ActivitySummary.of(samples);
        assertEquals(17, summary.elevationGainMeters(), 1e-9, "100 → 110, then 108 → 115; the metre or two up and down count nothing");
        assertEquals(205, summary.averagePower(), "power 200…209");
    }

    @Test
    void aStrengthSessionWithHeartRateOnlyCountsItsTimeAsMoving() {
        List<Sample> samples = List.of(new Sample(T0, 110, null, null, null, null, null, null),
                new Sample(T0.plusSeconds(5), 130, null, null, null, null, null, null));
        ActivitySummary summary = ActivitySummary.of(samples);
        assertEquals(5, summary.movingSeconds());
        assertEquals(0, summary.distanceMeters());
        assertNull(summary.averageSpeed());
    }

    @Test
    void impossibleSamplesAreRefused() {
        assertThrows(Sample.InvalidSample.class, () -> new Sample(T0, 400, null, null, null, null, null, null));
        assertThrows(Sample.InvalidSample.class, () -> new Sample(T0, null, null, null, null, 91.0, 0.0, null));
        assertThrows(Sample.InvalidSample.class, () -> new Sample(T0, null, null, null, null, 45.0, null, null));
        assertThrows(Sample.InvalidSample.class, () -> new Sample(T0, null, null, null, Double.NaN, null, null, null));
        assertThrows(Sample.InvalidSample.class, () -> new Sample(null, null, null, null, null, null, null, null));
    }

    private static Sample sample(int second, Double unused, double speed) {
        return new Sample(T0.plusSeconds(second), null, null, null, speed, null, null, null);
    }
}
