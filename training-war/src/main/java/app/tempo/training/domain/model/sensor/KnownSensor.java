package app.tempo.training.domain.model.sensor;

import java.util.UUID;

/** A sensor an athlete registered in account-war, at the version training-war last heard of. */
public record KnownSensor(UUID sensorId, String owner, String kind, String name, boolean removed) {
}
