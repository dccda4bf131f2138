package app.tempo.account.domain.model.gear;

import java.time.LocalDate;

/** What the athlete says about a gear item: the fields a client may set with PUT. */
public record GearDetails(GearType type, String brand, String model, LocalDate startedOn, Double wearLimitMeters,
                          boolean retired) {
}
