package app.tempo.account.application;

import app.tempo.account.domain.model.completion.CompletedTraining;
import app.tempo.account.domain.model.plan.PlannedTraining;
import app.tempo.account.domain.model.plan.PlannedTrainings;
import app.tempo.account.domain.model.completion.CompletionRepository;
import app.tempo.account.domain.model.gear.Gear;
import app.tempo.account.domain.model.gear.GearRepository;
import app.tempo.account.domain.model.profile.Profile;
import app.tempo.account.domain.model.sensor.Sensor;
import app.tempo.account.domain.model.sensor.SensorRepository;
import app.tempo.account.domain.model.social.SocialLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Everything the mobile start screen shows, read in one transaction so the counts and lists agree. */
@ApplicationScoped
@Transactional
public class HomeService {

    @Inject
    ProfileService profiles;

    @Inject
    GearRepository gear;

    @Inject
    SensorRepository sensors;

    @Inject
    CompletionRepository completions;

    @Inject
    GearHintSettings hints;

    @Inject
    PlannedTrainings plans;

    @Inject
    SocialLists social;

    /** The start screen's data; {@code recent} items of each list. */
    public Home of(String athlete, int recent) {
        Instant now = Instant.now();
        return new Home(profiles.current(athlete), completions.count(athlete), plans.countUpcoming(athlete, now), gear.countOwnedBy(athlete),
                sensors.countOwnedBy(athlete), social.countFriends(athlete), social.countGroups(athlete),
                completions.recent(athlete, recent), plans.upcoming(athlete, now, recent),
                gear.recentlyChanged(athlete, recent), sensors.recentlyChanged(athlete, recent), social.recentFriends(athlete, recent),
                social.recentGroups(athlete, recent), hints.threshold(), hints.variantOf(athlete).name());
    }

    /** What {@link #of} reads. */
    public record Home(Profile profile, long trainings, long upcomingTrainings, long gearItems, long sensorCount, long friends,
                       long groups, List<CompletedTraining> recentTrainings, List<PlannedTraining> upcoming, List<Gear> recentGear,
                       List<Sensor> recentSensors, List<SocialLists.Friend> recentFriends, List<SocialLists.Membership> recentGroups,
                       double gearHintThreshold, String gearHintWording) {
    }
}
