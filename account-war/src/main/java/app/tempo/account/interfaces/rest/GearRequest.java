package app.tempo.account.interfaces.rest;

import app.tempo.account.domain.model.gear.ComponentKind;
import app.tempo.account.domain.model.gear.GearDetails;
import app.tempo.account.domain.model.gear.GearType;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.validation.OneOf;
import app.tempo.platform.validation.Uuids;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PUT /gear/{id}}. A component ({@code type} COMPONENT) names its {@code componentKind} and may name
 * the bike it is mounted on; moving it to another bike (or to none) keeps its history. Accumulated distance, time
 * and use count are the server's and not accepted.
 */
@Schema(example = "{\"type\":\"COMPONENT\",\"componentKind\":\"CHAIN\",\"brand\":\"Shimano\",\"model\":\"CN-M8100\",\"wearLimitMeters\":3000000}")
public record GearRequest(
        @NotNull @OneOf(GearType.class) @Schema(implementation = GearType.class, required = true) String type,
        // required for a COMPONENT, refused otherwise
        @OneOf(ComponentKind.class) @Schema(implementation = ComponentKind.class)
        String componentKind,
        @NotBlank @Size(max = 80) String brand,
        @NotBlank @Size(max = 80) String model,
        @PastOrPresent LocalDate startedOn,
        @Positive @DecimalMax("1000000000") Double wearLimitMeters,
        @Positive @Max(3_153_600_000L) Long wearLimitSeconds,
        Boolean retired,
        @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE)
        @Schema(format = "uuid", description = "the bike a COMPONENT is mounted on; absent: on the shelf") String bikeId) {

    GearDetails toDetails() {
        GearType gearType = GearType.valueOf(type);
        if ((gearType == GearType.COMPONENT) != (componentKind != null)) {
            throw ProblemException.invalidField("componentKind", gearType == GearType.COMPONENT
                    ? "a COMPONENT needs its kind" : "only a COMPONENT has a kind");
        }
        if (bikeId != null && gearType != GearType.COMPONENT) {
            throw ProblemException.invalidField("bikeId", "only a COMPONENT is mounted on a bike");
        }
        return new GearDetails(gearType, componentKind == null ? null : ComponentKind.valueOf(componentKind), brand.strip(),
                model.strip(), startedOn, wearLimitMeters, wearLimitSeconds, Boolean.TRUE.equals(retired),
                bikeId == null ? null : UUID.fromString(bikeId));
    }
}
