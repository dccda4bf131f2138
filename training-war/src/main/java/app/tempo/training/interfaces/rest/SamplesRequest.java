package app.tempo.training.interfaces.rest;

import app.tempo.platform.validation.Uuids;
import app.tempo.training.application.RecordingService;
import app.tempo.training.domain.model.recording.Sample;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /trainings/{id}/samples}: one batch of the caller's recorded samples, at most
 * {@value #MAX_SAMPLES} (an hour at 1 Hz), taken once by its {@code batchId} whenever it arrives.
 */
public record SamplesRequest(
        @NotNull @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE)
        @Schema(required = true, format = "uuid", description = "the client's id of this batch; sending it again changes nothing")
        String batchId,
        @NotNull @Size(min = 1, max = MAX_SAMPLES) @Schema(required = true) List<@NotNull @Valid SampleRequest> samples,
        @DecimalMin("20") @DecimalMax("400")
        @Schema(description = "body weight in kg for calories; used, never stored (else the token's weight claim)")
        Double weightKg,
        @Schema(type = SchemaType.ARRAY, implementation = UUID.class)
        @Size(max = 10) List<@NotNull @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String> gearIds,
        @Schema(type = SchemaType.ARRAY, implementation = UUID.class)
        @Size(max = 10) List<@NotNull @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String> sensorIds) {

    static final int MAX_SAMPLES = 3600;

    /** One moment; every field but the time is optional. */
    public record SampleRequest(
            @NotNull @Schema(required = true, example = "2026-11-22T07:00:00Z") Instant at,
            Integer heartRate, Integer cadence, Integer power,
            @Schema(description = "m/s") Double speed,
            Double latitude, Double longitude,
            @Schema(description = "m above sea level") Double altitude) {

        Sample toSample() {
            return new Sample(at.truncatedTo(ChronoUnit.MICROS), heartRate, cadence, power, speed, latitude, longitude, altitude);
        }
    }

    RecordingService.Upload toUpload(Double weightFromToken) {
        return new RecordingService.Upload(UUID.fromString(batchId), samples.stream().map(SampleRequest::toSample).toList(),
                weightKg != null ? weightKg : weightFromToken, ids(gearIds), ids(sensorIds));
    }

    private static List<UUID> ids(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(UUID::fromString).distinct().toList();
    }
}
