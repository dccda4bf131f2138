package app.tempo.account.interfaces.rest;

import app.tempo.account.application.HomeService.Home;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The mobile start screen in one answer: the profile, how many items each of the athlete's lists holds, the most
 * recent of each, and the live settings that apply to this athlete.
 */
public record MeView(ProfileView profile, Counts counts, Recent recent, Features features) {

    /**
     * How many items each list holds: completed trainings, upcoming ones (own or joined, invited, waiting), gear,
     * sensors, friends, groups.
     */
    public record Counts(long trainings, long upcoming, long gear, long sensors, long friends, long groups) {
    }

    /**
     * The latest items of each list: completed trainings by completion time, the next upcoming ones soonest first, gear
     * and sensors by last change.
     */
    public record Recent(List<TrainingItem> trainings, List<UpcomingItem> upcoming, List<GearView> gear, List<SensorView> sensors,
                         List<FriendItem> friends, List<GroupItem> groups) {
    }

    /** A friend (by SSO subject; the profile is interaction's {@code /athletes/{subject}}) and since when. */
    public record FriendItem(String subject, Instant since) {
    }

    /** A group the athlete belongs to, with their role in it (OWNER, ADMIN, MEMBER). */
    public record GroupItem(UUID groupId, String name, String role, Instant since) {
    }

    /** A training ahead, with the athlete's part in it (OWNER, INVITED, JOINED, WAITING). */
    public record UpcomingItem(UUID trainingId, String role, String sport, String title, Instant plannedStart, String status) {
    }

    /** A completed training as the account domain knows it from training-war's events. */
    public record TrainingItem(UUID trainingId, String sport, String title, Instant completedAt, double distanceMeters,
                               long durationSeconds) {
    }

    /** Live settings as they apply to this athlete now. */
    public record Features(double gearHintThreshold, String gearHintWording) {
    }

    static MeView of(Home home) {
        return new MeView(ProfileView.of(home.profile()),
                new Counts(home.trainings(), home.upcomingTrainings(), home.gearItems(), home.sensorCount(), home.friends(), home.groups()),
                new Recent(home.recentTrainings().stream().map(training -> new TrainingItem(training.trainingId(), training.sport(),
                        training.title(), training.completedAt(), training.distanceMeters(), training.durationSeconds())).toList(),
                        home.upcoming().stream().map(plan -> new UpcomingItem(plan.trainingId(), plan.role().name(), plan.sport(),
                                plan.title(), plan.plannedStart(), plan.status())).toList(),
                        home.recentGear().stream().map(GearView::of).toList(),
                        home.recentSensors().stream().map(SensorView::of).toList(),
                        home.recentFriends().stream().map(friend -> new FriendItem(friend.subject(), friend.since())).toList(),
                        home.recentGroups().stream().map(group -> new GroupItem(group.groupId(), group.name(), group.role(), group.since())).toList()),
                new Features(home.gearHintThreshold(), home.gearHintWording()));
    }
}
