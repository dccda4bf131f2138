package app.tempo.account.domain.model.sensor;

/** What the athlete registers about a sensor: its profile, the id the device advertises, a name of their choosing. */
public record SensorDetails(SensorKind kind, String deviceId, String name) {
}
