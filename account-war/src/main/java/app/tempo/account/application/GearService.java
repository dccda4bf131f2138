package app.tempo.account.application;

import app.tempo.account.domain.model.gear.Gear;
import app.tempo.account.domain.model.gear.GearDetails;
import app.tempo.account.domain.model.gear.GearMount;
import app.tempo.account.domain.model.gear.GearRepository;
import app.tempo.account.domain.model.gear.GearType;
import app.tempo.account.domain.model.profile.ProfileRepository;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.sync.Changes;
import app.tempo.platform.write.ConditionalDelete;
import app.tempo.platform.write.ConditionalPut;
import app.tempo.platform.write.WriteOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registering and describing gear, and moving components between bikes; idempotent like every Tempo write. */
@ApplicationScoped
@Transactional
public class GearService {

    @Inject
    GearRepository gear;

    @Inject
    ProfileRepository profiles;

    @Inject
    ProfileService profileService;

    @Inject
    @ConfigProperty(name = "tempo.quota.gear-per-athlete", defaultValue = "500")
    long maxGear;

    @Inject
    Changes changes;

    /** An item of this athlete's; another athlete's, or a deleted one, is indistinguishable from a missing one. */
    public Optional<Gear> find(String athlete, UUID id) {
        return gear.find(id).filter(item -> item.isOwnedBy(athlete) && !item.isDeleted());
    }

    public List<Gear> list(String athlete, UUID afterId, int limit) {
        return gear.ownedBy(athlete, afterId, limit);
    }

    public List<GearMount> mountsOf(Gear component, long afterId, int limit) {
        return gear.mountsOf(component.id(), afterId, limit);
    }

    public WriteOutcome<Gear> put(String athlete, UUID id, GearDetails details, Long expectedVersion) {
        WriteOutcome<Gear> outcome = new ConditionalPut<Gear>(item -> item.isOwnedBy(athlete), item -> item.isDescribedAs(details),
                Gear::version, Gear::isDeleted)
                .apply(gear.findForUpdate(id), expectedVersion, () -> register(athlete, id, details), item -> change(item, details));
        if (outcome.changedIt()) {
            changes.changed(outcome.resource());
        }
        return outcome;
    }

    private Gear register(String athlete, UUID id, GearDetails details) {
        if (gear.countOwnedBy(athlete) >= maxGear) {
            throw ProblemException.quotaExceeded("gear items", maxGear);
        }
        checkBike(athlete, id, details);
        Gear item = Gear.register(id, athlete, details);
        gear.add(item);
        if (details.bikeId() != null) {
            gear.add(GearMount.of(id, details.bikeId(), now()));
        }
        return item;
    }

    private void change(Gear item, GearDetails details) {
        checkBike(item.owner(), item.id(), details);
        if (item.isBike() && details.type() != GearType.BIKE && !gear.mountedOn(item.id()).isEmpty()) {
            throw ProblemException.conflict("Components are mounted on this bike; move them first");
        }
        UUID from = item.bikeId();
        item.describe(details);
        if (!Objects.equals(from, details.bikeId())) {
            Instant at = now();
            endMount(item.id(), at);
            if (details.bikeId() != null) {
                gear.add(GearMount.of(item.id(), details.bikeId(), at));
            }
        }
    }

    /** A component goes on one of the athlete's own bikes; another's, a deleted one or a missing one are alike. */
    private void checkBike(String athlete, UUID id, GearDetails details) {
        if (details.bikeId() == null) {
            return;
        }
        boolean ownBike = !details.bikeId().equals(id) && gear.find(details.bikeId())
                .filter(bike -> bike.isOwnedBy(athlete) && !bike.isDeleted() && bike.isBike()).isPresent();
        if (!ownBike) {
            throw ProblemException.invalidField("bikeId", "not one of your bikes");
        }
    }

    private void endMount(UUID componentId, Instant at) {
        gear.mountsOf(componentId).forEach(mount -> mount.end(at));
    }

    /**
     * Deletes the item; deleting it again, or one that is missing, changes nothing and succeeds. A deleted bike's
     * components go on the shelf; a deleted item is no longer a sport's default.
     */
    public WriteOutcome<Gear> delete(String athlete, UUID id, Long expectedVersion) {
        profiles.findForUpdate(athlete); // first, as every write that changes the profile (it may lose a default) locks it
        return new ConditionalDelete<Gear>(item -> item.isOwnedBy(athlete), Gear::isDeleted, Gear::version)
                .apply(gear.findForUpdate(id), expectedVersion, item -> {
                    Instant at = now();
                    if (item.isBike()) {
                        for (Gear component : gear.mountedOn(item.id())) {
                            endMount(component.id(), at);
                            component.unmount();
                            changes.changed(component);
                        }
                    }
                    endMount(item.id(), at);
                    item.delete();
                    changes.deleted(item);
                    profileService.gearDeleted(athlete, item.id());
                });
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
