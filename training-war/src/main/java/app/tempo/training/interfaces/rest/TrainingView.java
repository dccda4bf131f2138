package app.tempo.training.interfaces.rest;

import app.tempo.training.domain.model.route.Route;
import app.tempo.training.domain.model.training.Completion;
import app.tempo.training.domain.model.training.ParticipantCounts;
import app.tempo.training.domain.model.training.Sport;
import app.tempo.training.domain.model.training.Training;
import app.tempo.training.domain.model.training.TrainingPlan;
import app.tempo.training.domain.model.training.TrainingStatus;
import app.tempo.training.domain.model.training.Visibility;
import java.time.Instant;
import java.util.UUID;

/** A training as the API shows it, the same for everyone who may see it (the feed carries one copy to each). */
public record TrainingView(UUID id, String owner, Sport sport, String title, String description, Instant plannedStart,
                           String timeZone, Integer plannedDurationMinutes, Visibility visibility, UUID groupId, Integer capacity,
                           RecurrenceRequest recurrence, ParticipantCounts participants, TrainingStatus status,
                           Completion completion, Route route, long version) {

    static TrainingView of(Training training) {
        TrainingPlan plan = training.plan();
        return new TrainingView(training.id(), training.owner(), plan.sport(), plan.title(), plan.description(), plan.plannedStart(),
                plan.timeZone().getId(), plan.plannedDurationMinutes(), plan.visibility(), plan.groupId(), plan.capacity(),
                RecurrenceRequest.of(plan.recurrence()), training.participantCounts(), training.status(), training.completion(), training.route().orElse(null),
                training.version());
    }
}
