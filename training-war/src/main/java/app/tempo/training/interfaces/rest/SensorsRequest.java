package app.tempo.training.interfaces.rest;

import app.tempo.platform.validation.Uuids;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /trainings/{id}/sensors}: the caller's sensors on the training (an empty list detaches theirs). */
public record SensorsRequest(
        @NotNull @Size(max = 10) @Schema(type = SchemaType.ARRAY, implementation = UUID.class, required = true,
                description = "sensors registered to the caller in account")
        List<@NotNull @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String> sensorIds) {

    List<UUID> ids() {
        return sensorIds.stream().map(UUID::fromString).distinct().toList();
    }
}
