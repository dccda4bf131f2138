package app.tempo.training.interfaces.rest;

import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.validation.OneOf;
import app.tempo.platform.validation.Uuids;
import app.tempo.training.domain.model.training.Sport;
import app.tempo.training.domain.model.training.TrainingPlan;
import app.tempo.training.domain.model.training.Visibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /trainings/{id}}: the plan. Owner, status, roster and version are the server's. */
public record TrainingRequest(
        @NotNull @OneOf(Sport.class) @Schema(implementation = Sport.class, required = true) String sport,
        @NotBlank @Size(max = 120) String title,
        @Size(max = 4000) String description,
        Instant plannedStart,
        @Size(max = 64) @Schema(description = "IANA time zone the training is planned in (default UTC)", example = "Europe/Berlin")
        String timeZone,
        @Min(1) @Max(1440) Integer plannedDurationMinutes,
        @OneOf(Visibility.class) @Schema(implementation = Visibility.class, description = "default PRIVATE") String visibility,
        @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) @Schema(description = "the group of a GROUP training", format = "uuid")
        String groupId,
        @Min(1) @Max(10000) @Schema(description = "participants besides the owner; none: no limit") Integer capacity,
        @Valid @Schema(description = "a weekly series starting at plannedStart; none: a single training") RecurrenceRequest recurrence) {

    TrainingPlan toPlan() {
        return new TrainingPlan(Sport.valueOf(sport), title.strip(), description, plannedStart == null ? null : plannedStart.truncatedTo(ChronoUnit.MICROS),
                zone(), plannedDurationMinutes, visibility == null ? null : Visibility.valueOf(visibility), group(), capacity,
                recurrence == null ? null : recurrence.toRecurrence());
    }

    private ZoneId zone() {
        if (timeZone == null) {
            return null;
        }
        if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw ProblemException.invalidField("timeZone", "not a time zone of the IANA database, e.g. Europe/Berlin");
        }
        return ZoneId.of(timeZone);
    }

    private UUID group() {
        return groupId == null ? null : UUID.fromString(groupId);
    }
}
