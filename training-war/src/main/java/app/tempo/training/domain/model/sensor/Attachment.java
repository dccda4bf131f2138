package app.tempo.training.domain.model.sensor;

import java.util.UUID;

/** A sensor a participant attached to a training. */
public record Attachment(String subject, KnownSensor sensor) {

    public UUID sensorId() {
        return sensor.sensorId();
    }
}
