package app.tempo.account.interfaces.rest;

import app.tempo.account.domain.model.gear.Gear;
import app.tempo.account.domain.model.profile.Profile;
import app.tempo.account.domain.model.sensor.Sensor;
import app.tempo.platform.sync.SyncedType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Set;

/** What account-war's change feed carries ({@code GET /api/v1/account/sync}). */
@ApplicationScoped
public class SyncedResources {

    @Produces
    @ApplicationScoped
    SyncedType<Gear> gear() {
        return SyncedType.declare("gear", Gear.class, Gear::id, Gear::version, item -> Set.of(item.owner()), GearView::of);
    }

    @Produces
    @ApplicationScoped
    SyncedType<Sensor> sensors() {
        return SyncedType.declare("sensor", Sensor.class, Sensor::id, Sensor::version, sensor -> Set.of(sensor.owner()), SensorView::of);
    }

    @Produces
    @ApplicationScoped
    SyncedType<Profile> profile() {
        return SyncedType.declare("profile", Profile.class, Profile::subject, Profile::version,
                profile -> Set.of(profile.subject()), ProfileView::of);
    }
}
