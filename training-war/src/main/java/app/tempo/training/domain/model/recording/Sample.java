package app.tempo.training.domain.model.recording;

import java.time.Instant;

/**
 * One recorded moment: any of heart rate (bpm), cadence (rpm or steps per minute), power (W), speed (m/s), position
 * (WGS84 degrees) and altitude (m). Values outside what a body, a bike or the Earth allows are refused with
 * {@link InvalidSample}; the limits are generous, so that no real recording is refused.
 */
public record Sample(Instant at, Integer heartRate, Integer cadence, Integer power, Double speed, Double latitude,
                     Double longitude, Double altitude) {

    /** The years every instant of the API lies in (README, input rules). */
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("3000-01-01T00:00:00Z");

    public Sample {
        if (at == null) {
            throw new InvalidSample("a sample has a time");
        }
        if (at.isBefore(EARLIEST) || !at.isBefore(LATEST)) {
            throw new InvalidSample("a sample's time lies in the years 1900-2999: " + at);
        }
        within("heartRate", heartRate, 20, 260);
        within("cadence", cadence, 0, 300);
        within("power", power, 0, 3000);
        within("speed", speed, 0, 100);
        within("latitude", latitude, -90, 90);
        within("longitude", longitude, -180, 180);
        within("altitude", altitude, -500, 9000);
        if ((latitude == null) != (longitude == null)) {
            throw new InvalidSample("a position has both a latitude and a longitude");
        }
    }

    public boolean hasPosition() {
        return latitude != null;
    }

    private static void within(String name, Number value, double lowest, double highest) {
        if (value != null && !(value.doubleValue() >= lowest && value.doubleValue() <= highest)) {
            throw new InvalidSample(name + " " + value + " is outside " + (long) lowest + "…" + (long) highest);
        }
    }

    /** A sample no device records. */
    public static class InvalidSample extends RuntimeException {

        public InvalidSample(String message) {
            super(message);
        }
    }
}
