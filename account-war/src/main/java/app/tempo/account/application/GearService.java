package app.tempo.account.application;

import app.tempo.account.domain.model.gear.Gear;
import app.tempo.account.domain.model.gear.GearDetails;
import app.tempo.account.domain.model.gear.GearRepository;
import app.tempo.platform.sync.Changes;
import app.tempo.platform.write.ConditionalDelete;
import app.tempo.platform.write.ConditionalPut;
import app.tempo.platform.write.WriteOutcome;
import app.tempo.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registering and describing gear; idempotent like every Tempo write. */
@ApplicationScoped
@Transactional
public class GearService {

    @Inject
    GearRepository gear;

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

    public WriteOutcome<Gear> put(String athlete, UUID id, GearDetails details, Long expectedVersion) {
        WriteOutcome<Gear> outcome = new ConditionalPut<Gear>(item -> item.isOwnedBy(athlete), item -> item.isDescribedAs(details),
                Gear::version, Gear::isDeleted)
                .apply(gear.find(id), expectedVersion, () -> {
                    if (gear.countOwnedBy(athlete) >= maxGear) {
                        throw ProblemException.quotaExceeded("gear items", maxGear);
                    }
                    Gear item = Gear.register(id, athlete, details);
                    gear.add(item);
                    return item;
                }, item -> item.describe(details));
        if (outcome.changedIt()) {
            changes.changed(outcome.resource());
        }
        return outcome;
    }

    /** Deletes the item; deleting it again, or one that is missing, changes nothing and succeeds. */
    public WriteOutcome<Gear> delete(String athlete, UUID id, Long expectedVersion) {
        return new ConditionalDelete<Gear>(item -> item.isOwnedBy(athlete), Gear::isDeleted, Gear::version)
                .apply(gear.find(id), expectedVersion, item -> {
                    item.delete();
                    changes.deleted(item);
                });
    }

    /**
     * A training the athlete completed used these gear items. Items that are not the athlete's are ignored: the
     * event is about one athlete and may only wear their gear.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordUse(String athlete, List<UUID> gearIds, double meters, long seconds) {
        for (UUID id : gearIds) {
            gear.findForUpdate(id).filter(item -> item.isOwnedBy(athlete) && !item.isDeleted()).ifPresent(item -> {
                item.recordUse(meters, seconds);
                changes.changed(item);
            });
        }
    }
}
