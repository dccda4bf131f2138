package app.tempo.account.domain.model.gear;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the athlete says about a gear item: the fields a client may set with PUT. A component names its kind and the
 * bike it is mounted on (none: on the shelf); other gear has neither. Wear limits by distance, by time, or both.
 */
public record GearDetails(GearType type, ComponentKind componentKind, String brand, String model, LocalDate startedOn,
                          Double wearLimitMeters, Long wearLimitSeconds, boolean retired, UUID bikeId) {

    public GearDetails {
        if ((type == GearType.COMPONENT) != (componentKind != null)) {
            throw new IllegalArgumentException("a component, and only a component, has a component kind");
        }
        if (bikeId != null && type != GearType.COMPONENT) {
            throw new IllegalArgumentException("only a component is mounted on a bike");
        }
    }
}
