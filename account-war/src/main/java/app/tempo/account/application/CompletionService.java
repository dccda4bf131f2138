package app.tempo.account.application;

import app.tempo.account.domain.model.AccountEvents;
import app.tempo.account.domain.model.completion.CompletedTraining;
import app.tempo.account.domain.model.completion.CompletionRepository;
import app.tempo.account.domain.model.gear.Gear;
import app.tempo.account.domain.model.gear.GearRepository;
import app.tempo.account.domain.model.gear.GearRepository.GearUse;
import app.tempo.account.domain.model.hint.WearHint;
import app.tempo.account.domain.model.profile.Profile;
import app.tempo.account.domain.model.profile.ProfileRepository;
import app.tempo.account.domain.model.sensor.SensorRepository;
import app.tempo.platform.sync.Changes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What a completed training does to the athlete's account: it wears the gear it names (or the sport's default gear,
 * and the components on a named bike at that moment), records the sensors it names, counts in the statistics and
 * the list of trainings. Exactly once per training: a redelivered or duplicated report, or the same result in
 * another event version, changes nothing; a newer result takes the older one's contribution back and adds its own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CompletionService {

    @Inject
    CompletionRepository completions;

    @Inject
    StatisticsService statistics;

    @Inject
    GearRepository gear;

    @Inject
    SensorRepository sensors;

    @Inject
    ProfileRepository profiles;

    @Inject
    GearHintSettings hints;

    @Inject
    Changes changes;

    @Inject
    AccountEvents events;

    public void completed(CompletedTraining report) {
        // the profile first, shared: a change of time zone (which locks it exclusively) cannot come in between, while
        // other reports of the same athlete go on in parallel; an athlete without a profile yet is held the same way
        // on the lock that making one takes
        Optional<Profile> profile = profiles.findShared(report.athlete());
        ZoneId zone = profile.map(Profile::timeZone).orElse(ZoneOffset.UTC);
        Optional<CompletedTraining> kept = completions.lock(report.athlete(), report.trainingId());
        if (kept.isPresent() && !report.replaces(kept.get())) {
            return;
        }
        List<GearUse> takenBack = kept.map(earlier -> gear.usesOf(earlier.athlete(), earlier.trainingId())).orElse(List.of());
        Set<UUID> worn = gearOf(report, profile);
        Map<UUID, Gear> touched = lockInOrder(takenBack, worn);
        kept.ifPresent(earlier -> {
            takenBack.forEach(use -> touched.get(use.gearId()).takeBackUse(use.meters(), use.seconds()));
            gear.forgetUses(earlier.athlete(), earlier.trainingId());
            sensors.forgetUses(earlier.athlete(), earlier.trainingId());
            statistics.uncount(earlier, zone);
        });
        completions.save(report);
        for (UUID id : worn) {
            touched.get(id).recordUse(report.distanceMeters(), report.durationSeconds());
            gear.recordUse(report.athlete(), report.trainingId(), id, report.distanceMeters(), report.durationSeconds());
        }
        recordSensors(report);
        statistics.count(report, zone);
        double threshold = hints.threshold();
        for (Gear item : touched.values()) {
            changes.changed(item);
            if (item.needsHint(threshold)) {
                events.wearLimitReached(WearHint.of(item, threshold, hints.variantOf(report.athlete()), hints.storeUrlTemplate()));
            }
        }
    }

    /**
     * Every item this report changes, locked in one order (the database's order of uuids, which is that of their text)
     * so that two reports touching the same items queue up instead of deadlocking.
     */
    private Map<UUID, Gear> lockInOrder(List<GearUse> takenBack, Set<UUID> worn) {
        Set<UUID> ids = new TreeSet<>(Comparator.comparing(UUID::toString));
        takenBack.forEach(use -> ids.add(use.gearId()));
        ids.addAll(worn);
        Map<UUID, Gear> locked = new LinkedHashMap<>();
        ids.forEach(id -> gear.findForUpdate(id).ifPresent(item -> locked.put(id, item)));
        return locked;
    }

    /** Only the athlete's own sensors count: a report cannot attach a training to someone else's. */
    private void recordSensors(CompletedTraining report) {
        for (UUID id : report.sensorIds()) {
            if (sensors.find(id).filter(sensor -> sensor.isOwnedBy(report.athlete()) && !sensor.isDeleted()).isPresent()) {
                sensors.recordUse(report.athlete(), report.trainingId(), id, report.completedAt());
            }
        }
    }

    /**
     * The athlete's own items the report names, or the sport's default when it names none (unless retired), and the
     * components mounted on a named bike when the training was completed; each once.
     */
    private Set<UUID> gearOf(CompletedTraining report, Optional<Profile> profile) {
        boolean byDefault = report.gearIds().isEmpty();
        List<UUID> named = byDefault
                ? profile.map(p -> p.defaultGearFor(report.sport())).stream().filter(Objects::nonNull).toList()
                : report.gearIds();
        Set<UUID> ids = new LinkedHashSet<>();
        for (UUID id : named) {
            gear.find(id).filter(item -> item.isOwnedBy(report.athlete()) && !item.isDeleted() && !(byDefault && item.isRetired()))
                    .ifPresent(item -> {
                        ids.add(item.id());
                        if (item.isBike()) {
                            ids.addAll(gear.componentsOn(item.id(), report.completedAt()));
                        }
                    });
        }
        return ids;
    }
}
