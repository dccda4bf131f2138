package app.tempo.training.interfaces.rest;

import app.tempo.training.domain.model.route.Route;
import app.tempo.training.domain.model.training.Completion;
import app.tempo.training.domain.model.training.Sport;
import app.tempo.training.domain.model.training.Training;
import app.tempo.training.domain.model.training.TrainingPlan;
import app.tempo.training.domain.model.training.TrainingStatus;
import app.tempo.training.domain.model.training.Visibility;
import java.time.Instant;
import java.util.UUID;

/** A training as the API shows it. */
public record TrainingView(UUID id, Sport sport, String title, Instant plannedStart, Integer plannedDurationMinutes,
                           Visibility visibility, TrainingStatus status, Completion completion, Route route, long version) {

    static TrainingView of(Training training) {
        TrainingPlan plan = training.plan();
        return new TrainingView(training.id(), plan.sport(), plan.title(), plan.plannedStart(),
                plan.plannedDurationMinutes(), plan.visibility(), training.status(), training.completion(),
                training.route().orElse(null), training.version());
    }
}
