package app.tempo.account.application;

import app.tempo.account.domain.model.AccountEvents;
import app.tempo.account.domain.model.gear.Gear;
import app.tempo.account.domain.model.gear.GearRepository;
import app.tempo.account.domain.model.gear.GearRepository.GearUse;
import app.tempo.account.domain.model.hint.WearHint;
import app.tempo.account.domain.model.profile.Profile;
import app.tempo.account.domain.model.profile.ProfileRepository;
import app.tempo.account.domain.model.sensor.SensorRepository;
import app.tempo.account.domain.model.statistics.CompletedTraining;
import app.tempo.account.domain.model.statistics.StatisticsRepository;
import app.tempo.platform.sync.Changes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
    StatisticsRepository completions;

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
        // the profile first, as every write that touches it does: its time zone cannot change under this report
        Optional<Profile> profile = profiles.findForUpdate(report.athlete());
        ZoneId zone = profile.map(Profile::timeZone).orElse(ZoneOffset.UTC);
        Optional<CompletedTraining> kept = completions.lockCompletion(report.athlete(), report.trainingId());
        if (kept.isPresent() && !report.replaces(kept.get())) {
            return;
        }
        double threshold = hints.threshold();
        Map<UUID, Boolean> hintedBefore = new HashMap<>();
        kept.ifPresent(earlier -> {
            takeBackGear(earlier, threshold, hintedBefore);
            sensors.forgetUses(earlier.athlete(), earlier.trainingId());
            statistics.uncount(earlier, zone);
        });
        completions.saveCompletion(report);
        wearGear(report, profile, threshold, hintedBefore);
        report.sensorIds().stream().filter(id -> sensors.find(id).filter(s -> s.isOwnedBy(report.athlete()) && !s.isDeleted()).isPresent())
                .forEach(id -> sensors.recordUse(report.athlete(), report.trainingId(), id, report.completedAt()));
        statistics.count(report, zone);
    }

    private void takeBackGear(CompletedTraining earlier, double threshold, Map<UUID, Boolean> hintedBefore) {
        for (GearUse use : gear.usesOf(earlier.athlete(), earlier.trainingId())) {
            gear.findForUpdate(use.gearId()).ifPresent(item -> {
                hintedBefore.putIfAbsent(item.id(), item.hasWorn(threshold));
                item.takeBackUse(use.meters(), use.seconds());
                changes.changed(item);
            });
        }
        gear.forgetUses(earlier.athlete(), earlier.trainingId());
    }

    private void wearGear(CompletedTraining report, Optional<Profile> profile, double threshold, Map<UUID, Boolean> hintedBefore) {
        for (Gear item : gearOf(report, profile)) {
            boolean wasWorn = hintedBefore.getOrDefault(item.id(), item.hasWorn(threshold));
            item.recordUse(report.distanceMeters(), report.durationSeconds());
            gear.recordUse(report.athlete(), report.trainingId(), item.id(), report.distanceMeters(), report.durationSeconds());
            changes.changed(item);
            if (!wasWorn && item.hasWorn(threshold)) {
                events.wearLimitReached(WearHint.of(item, threshold, hints.variantOf(report.athlete()), hints.storeUrlTemplate()));
            }
        }
    }

    /**
     * The athlete's own items the report names, or the sport's default when it names none, and the components
     * mounted on a named bike when the training was completed; each once, locked in id order.
     */
    private List<Gear> gearOf(CompletedTraining report, Optional<Profile> profile) {
        boolean byDefault = report.gearIds().isEmpty();
        List<UUID> named = byDefault
                ? profile.map(p -> p.defaultGearFor(report.sport())).stream().filter(Objects::nonNull).toList()
                : report.gearIds();
        Set<UUID> ids = new LinkedHashSet<>();
        for (UUID id : named) {
            Optional<Gear> item = gear.find(id)
                    .filter(g -> g.isOwnedBy(report.athlete()) && !g.isDeleted() && !(byDefault && g.isRetired()));
            item.ifPresent(g -> {
                ids.add(g.id());
                if (g.isBike()) {
                    ids.addAll(gear.componentsOn(g.id(), report.completedAt()));
                }
            });
        }
        return ids.stream().sorted().map(gear::findForUpdate).flatMap(Optional::stream)
                .filter(g -> g.isOwnedBy(report.athlete()) && !g.isDeleted()).toList();
    }
}
