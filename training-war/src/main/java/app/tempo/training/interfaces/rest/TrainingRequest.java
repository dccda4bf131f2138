package app.tempo.training.interfaces.rest;

import app.tempo.platform.validation.OneOf;
import app.tempo.training.domain.model.training.Sport;
import app.tempo.training.domain.model.training.TrainingPlan;
import app.tempo.training.domain.model.training.Visibility;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Body of {@code PUT /trainings/{id}}: the plan. Owner, status and version are the server's. */
public record TrainingRequest(
        @NotNull @OneOf(Sport.class) @Schema(implementation = Sport.class, required = true) String sport,
        @NotBlank @Size(max = 120) String title,
        Instant plannedStart,
        @Min(1) @Max(1440) Integer plannedDurationMinutes,
        @OneOf(Visibility.class) @Schema(implementation = Visibility.class) String visibility) {

    TrainingPlan toPlan() {
        return new TrainingPlan(Sport.valueOf(sport), title.strip(), plannedStart == null ? null : plannedStart.truncatedTo(ChronoUnit.MICROS),
                plannedDurationMinutes, visibility == null ? null : Visibility.valueOf(visibility));
    }
}
