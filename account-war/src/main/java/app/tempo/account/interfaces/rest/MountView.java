package app.tempo.account.interfaces.rest;

import app.tempo.account.domain.model.gear.GearMount;
import java.time.Instant;
import java.util.UUID;

/** A period a component spent on a bike; {@code unmountedAt} absent while it is still there. */
public record MountView(UUID bikeId, Instant mountedAt, Instant unmountedAt) {

    static MountView of(GearMount mount) {
        return new MountView(mount.bikeId(), mount.mountedAt(), mount.unmountedAt());
    }
}
