package app.tempo.account.interfaces.rest;

import app.tempo.account.domain.model.gear.GearDetails;
import app.tempo.platform.validation.OneOf;
import app.tempo.account.domain.model.gear.GearType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;

/** Body of {@code PUT /gear/{id}}. Accumulated distance, time and use count are the server's and not accepted. */
public record GearRequest(
        @NotNull @OneOf(GearType.class) @Schema(implementation = GearType.class, required = true) String type,
        @NotBlank @Size(max = 80) String brand,
        @NotBlank @Size(max = 80) String model,
        @PastOrPresent LocalDate startedOn,
        @Positive @DecimalMax("1000000000") Double wearLimitMeters,
        Boolean retired) {

    GearDetails toDetails() {
        return new GearDetails(GearType.valueOf(type), brand.strip(), model.strip(), startedOn, wearLimitMeters, Boolean.TRUE.equals(retired));
    }
}
