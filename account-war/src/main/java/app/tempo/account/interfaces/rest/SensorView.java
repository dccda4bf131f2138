package app.tempo.account.interfaces.rest;

import app.tempo.account.domain.model.sensor.Sensor;
import app.tempo.account.domain.model.sensor.SensorDetails;
import app.tempo.account.domain.model.sensor.SensorKind;
import java.util.UUID;

/** A registered sensor as the API shows it, with its BLE service. */
public record SensorView(UUID id, SensorKind kind, String bleService, String deviceId, String name, long version) {

    static SensorView of(Sensor sensor) {
        SensorDetails details = sensor.details();
        return new SensorView(sensor.id(), details.kind(), details.kind().bleService(), details.deviceId(), details.name(),
                sensor.version());
    }
}
