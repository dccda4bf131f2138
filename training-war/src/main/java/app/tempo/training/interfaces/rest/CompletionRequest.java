package app.tempo.training.interfaces.rest;

import app.tempo.platform.validation.Uuids;
import app.tempo.training.domain.model.training.Completion;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PUT /trainings/{id}/completion}. {@code completedAt} is required so that a replay of the same
 * completion is recognisably the same.
 */
public record CompletionRequest(
        @NotNull Instant completedAt,
        @NotNull @DecimalMin("0") @DecimalMax("1000000") Double distanceMeters,
        @NotNull @Positive @Max(604800) Long durationSeconds,
        // described as uuids: the security suites find the fields that name other resources by their format
        @Schema(type = SchemaType.ARRAY, implementation = UUID.class)
        @Size(max = 10) List<@NotNull @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String> gearIds,
        // the athlete's sensors (account-war's registry) that recorded it
        @Schema(type = SchemaType.ARRAY, implementation = UUID.class)
        @Size(max = 10) List<@NotNull @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String> sensorIds) {

    Completion toCompletion() {
        return new Completion(completedAt.truncatedTo(ChronoUnit.MICROS), distanceMeters, durationSeconds, ids(gearIds),
                ids(sensorIds).stream().sorted().toList()); // a set: the same sensors in another order are the same completion
    }

    private static List<UUID> ids(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(UUID::fromString).distinct().toList();
    }
}
