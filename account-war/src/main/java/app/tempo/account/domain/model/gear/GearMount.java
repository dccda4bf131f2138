package app.tempo.account.domain.model.gear;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A period in which a component was mounted on a bike; open while it still is. */
@Entity
@Table(name = "gear_mount")
public class GearMount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "component_id", nullable = false, updatable = false)
    private UUID componentId;

    @Column(name = "bike_id", nullable = false, updatable = false)
    private UUID bikeId;

    @Column(name = "mounted_at", nullable = false, updatable = false)
    private Instant mountedAt;

    @Column(name = "unmounted_at")
    private Instant unmountedAt;

    protected GearMount() {
    }

    public static GearMount of(UUID componentId, UUID bikeId, Instant at) {
        GearMount mount = new GearMount();
        mount.componentId = componentId;
        mount.bikeId = bikeId;
        mount.mountedAt = at;
        return mount;
    }

    public void end(Instant at) {
        if (unmountedAt == null) {
            unmountedAt = at;
        }
    }

    public Long id() {
        return id;
    }

    public UUID bikeId() {
        return bikeId;
    }

    public Instant mountedAt() {
        return mountedAt;
    }

    public Instant unmountedAt() {
        return unmountedAt;
    }
}
