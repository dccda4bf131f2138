package app.tempo.account.application;

import app.tempo.account.domain.model.AccountEvents;
import app.tempo.account.domain.model.gear.GearRepository;
import app.tempo.account.domain.model.profile.Profile;
import app.tempo.account.domain.model.profile.ProfileDetails;
import app.tempo.account.domain.model.profile.ProfileRepository;
import app.tempo.account.domain.model.profile.Sport;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.sync.Changes;
import app.tempo.platform.write.ConditionalPut;
import app.tempo.platform.write.WriteOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The athlete's profile: made on their first call, described by them. */
@ApplicationScoped
@Transactional
public class ProfileService {

    @Inject
    ProfileRepository profiles;

    @Inject
    GearRepository gear;

    @Inject
    StatisticsService statistics;

    @Inject
    Changes changes;

    @Inject
    AccountEvents events;

    /** The athlete's profile, made now if this is their first call. */
    public Profile current(String subject) {
        return profiles.find(subject).orElseGet(() -> {
            profiles.lockSubject(subject);
            return profiles.find(subject).orElseGet(() -> {
                Profile profile = Profile.firstFor(subject, Instant.now().truncatedTo(ChronoUnit.MICROS));
                profiles.add(profile);
                changes.changed(profile);
                events.profileChanged(profile);
                return profile;
            });
        });
    }

    public WriteOutcome<Profile> put(String subject, ProfileDetails details, Long expectedVersion) {
        current(subject);
        Profile profile = profiles.findForUpdate(subject).orElseThrow();
        ProfileDetails before = profile.details();
        WriteOutcome<Profile> outcome = new ConditionalPut<Profile>(item -> true, item -> item.isDescribedAs(details),
                Profile::version, item -> false)
                .apply(Optional.of(profile), expectedVersion, () -> profile, item -> {
                    check(subject, before, details);
                    item.describe(details);
                });
        if (outcome.changedIt()) {
            changes.changed(profile);
            if (!before.samePublicPartAs(details)) {
                events.profileChanged(profile);
            }
            if (!before.timeZone().equals(details.timeZone())) {
                statistics.rebuild(subject, details.timeZone());
            }
        }
        return outcome;
    }

    /**
     * A new nickname must be free; a default gear chosen now must be an active item of the athlete's (one chosen
     * before stays valid when it is retired later: a completion then skips it, and the athlete can still change the
     * rest of the profile).
     */
    private void check(String subject, ProfileDetails before, ProfileDetails details) {
        if (!details.nickname().equalsIgnoreCase(before.nickname()) && profiles.nicknameTakenByAnother(details.nickname(), subject)) {
            throw ProblemException.conflict("The nickname " + details.nickname() + " is taken; choose another");
        }
        for (Map.Entry<Sport, UUID> choice : details.defaultGear().entrySet()) {
            if (choice.getValue().equals(before.defaultGear().get(choice.getKey()))) {
                continue;
            }
            boolean usable = gear.find(choice.getValue())
                    .filter(item -> item.isOwnedBy(subject) && !item.isDeleted() && !item.isRetired()).isPresent();
            if (!usable) {
                throw ProblemException.invalidField("defaultGear." + choice.getKey(), "not one of your active gear items");
            }
        }
    }

    /** A deleted gear item stops being a default. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void gearDeleted(String subject, UUID gearId) {
        profiles.findForUpdate(subject).filter(profile -> profile.forgetDefaultGear(gearId)).ifPresent(changes::changed);
    }
}
