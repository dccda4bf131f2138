package app.tempo.account.interfaces.rest;

import app.tempo.account.domain.model.sensor.SensorDetails;
import app.tempo.account.domain.model.sensor.SensorKind;
import app.tempo.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /sensors/{id}}. */
public record SensorRequest(
        @NotNull @OneOf(SensorKind.class) @Schema(implementation = SensorKind.class, required = true,
                description = "HEART_RATE (BLE 0x180D), SPEED_CADENCE (0x1816), CYCLING_POWER (0x1818), "
                        + "RUNNING_SPEED_CADENCE (0x1814), FITNESS_MACHINE (0x1826)") String kind,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = "[\\x21-\\x7E]+", message = "printable ASCII without spaces")
        @Schema(description = "the id the device advertises (a BLE address, or the phone's id for it)", example = "C8:3A:35:0B:12:9F")
        String deviceId,
        @NotBlank @Size(max = 80) String name) {

    SensorDetails toDetails() {
        return new SensorDetails(SensorKind.valueOf(kind), deviceId, name.strip());
    }
}
