package app.tempo.account.interfaces.rest;

import app.tempo.account.domain.model.gear.Gear;
import app.tempo.account.domain.model.gear.GearDetails;
import app.tempo.account.domain.model.gear.GearType;
import java.time.LocalDate;
import java.util.UUID;

/** A gear item as the API shows it, with the wear it accumulated. */
public record GearView(UUID id, GearType type, String brand, String model, LocalDate startedOn, Double wearLimitMeters,
                       boolean retired, double distanceMeters, long durationSeconds, int trainingsCount,
                       boolean wornOut, long version) {

    static GearView of(Gear gear) {
        GearDetails details = gear.details();
        return new GearView(gear.id(), details.type(), details.brand(), details.model(), details.startedOn(),
                details.wearLimitMeters(), details.retired(), gear.distanceMeters(), gear.durationSeconds(),
                gear.trainingsCount(), gear.isWornOut(), gear.version());
    }
}
