package app.tempo.training.interfaces.rest;

import app.tempo.platform.validation.OneOf;
import app.tempo.training.domain.model.training.TrainingStatus;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PUT /trainings/{id}/status}: start it or cancel it. Completing has its own resource
 * ({@code /completion}), which carries the result.
 */
public record StatusRequest(
        @NotNull @OneOf(Target.class) @Schema(implementation = Target.class, required = true) String status) {

    /** The states a client may move a training to here. */
    public enum Target {
        IN_PROGRESS, CANCELLED
    }

    TrainingStatus target() {
        return TrainingStatus.valueOf(status);
    }
}
