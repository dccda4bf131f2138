package app.tempo.training.domain.model.training;

import app.tempo.training.domain.model.schedule.Recurrence;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * What the owner plans: the fields a client may set with PUT. The planned start is an instant; its time zone is the
 * one the owner plans in (the wall-clock time participants see, and recurrences keep across DST changes). A GROUP
 * training names its group. Capacity counts participants besides the owner; none means no limit. A recurring
 * training repeats weekly from its planned start (its first occurrence).
 */
public record TrainingPlan(Sport sport, String title, String description, Instant plannedStart, ZoneId timeZone,
                           Integer plannedDurationMinutes, Visibility visibility, UUID groupId, Integer capacity,
                           Recurrence recurrence) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

    /** The same plan with its defaults made explicit: private, UTC. */
    public TrainingPlan withDefaults() {
        return new TrainingPlan(sport, title, description, plannedStart, timeZone == null ? DEFAULT_ZONE : timeZone,
                plannedDurationMinutes, visibility == null ? Visibility.PRIVATE : visibility, groupId, capacity, recurrence);
    }
}
