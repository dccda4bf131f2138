package app.tempo.account.domain.model.sensor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A sensor the athlete registered, identified by the id the client chose. */
@Entity
@Table(name = "sensor")
public class Sensor {

    @Id
    private UUID id;

    @Column(name = "owner_subject", nullable = false, updatable = false)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SensorKind kind;

    @Column(name = "device_id", nullable = false)
    private String deviceId;

    @Column(nullable = false)
    private String name;

    /** Removed by its owner: kept as a tombstone so that a replayed registration cannot bring it back. */
    @Column(nullable = false)
    private boolean deleted;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Sensor() {
    }

    public static Sensor register(UUID id, String owner, SensorDetails details) {
        Sensor sensor = new Sensor();
        sensor.id = id;
        sensor.owner = owner;
        sensor.describe(details);
        return sensor;
    }

    public void describe(SensorDetails details) {
        kind = details.kind();
        deviceId = details.deviceId();
        name = details.name();
        updatedAt = Instant.now();
    }

    public SensorDetails details() {
        return new SensorDetails(kind, deviceId, name);
    }

    public boolean isDescribedAs(SensorDetails details) {
        return details().equals(details);
    }

    public void delete() {
        deleted = true;
        updatedAt = Instant.now();
    }

    public boolean isDeleted() {
        return deleted;
    }

    public boolean isOwnedBy(String subject) {
        return owner.equals(subject);
    }

    public String owner() {
        return owner;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }
}
