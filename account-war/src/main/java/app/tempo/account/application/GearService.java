package app.tempo.account.application;

import app.tempo.account.domain.model.gear.Gear;
import app.tempo.account.domain.model.gear.GearDetails;
import app.tempo.account.domain.model.gear.GearRepository;
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

    public Optional<Gear> find(String athlete, UUID id) {
        return gear.find(id).filter(item -> item.isOwnedBy(athlete));
    }

    public List<Gear> list(String athlete, UUID afterId, int limit) {
        return gear.ownedBy(athlete, afterId, limit);
    }

    public WriteOutcome<Gear> put(String athlete, UUID id, GearDetails details, Long expectedVersion) {
        return new ConditionalPut<Gear>(item -> item.isOwnedBy(athlete), item -> item.isDescribedAs(details), Gear::version)
                .apply(gear.find(id), expectedVersion, () -> {
                    if (gear.countOwnedBy(athlete) >= maxGear) {
                        throw ProblemException.quotaExceeded("gear items", maxGear);
                    }
                    Gear item = Gear.register(id, athlete, details);
                    gear.add(item);
                    return item;
                }, item -> item.describe(details));
    }

    /**
     * A training the athlete completed used these gear items. Items that are not the athlete's are ignored: the
     * event is about one athlete and may only wear their gear.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordUse(String athlete, List<UUID> gearIds, double meters, long seconds) {
        for (UUID id : gearIds) {
            gear.findForUpdate(id).filter(item -> item.isOwnedBy(athlete)).ifPresent(item -> item.recordUse(meters, seconds));
        }
    }
}
