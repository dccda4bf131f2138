package app.tempo.training.domain.model.training;

import java.time.Instant;

/** What the athlete plans: the fields a client may set with PUT. */
public record TrainingPlan(Sport sport, String title, Instant plannedStart, Integer plannedDurationMinutes,
                           Visibility visibility) {
}
