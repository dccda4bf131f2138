package app.tempo.account.interfaces.rest;

import app.tempo.account.domain.model.gear.ComponentKind;
import app.tempo.account.domain.model.gear.Gear;
import app.tempo.account.domain.model.gear.GearDetails;
import app.tempo.account.domain.model.gear.GearType;
import java.time.LocalDate;
import java.util.UUID;

/** A gear item as the API shows it, with the wear it accumulated ({@code wear}: the fraction of its nearest limit). */
public record GearView(UUID id, GearType type, ComponentKind componentKind, String brand, String model, LocalDate startedOn,
                       Double wearLimitMeters, Long wearLimitSeconds, boolean retired, UUID bikeId, double distanceMeters,
                       long durationSeconds, int trainingsCount, double wear, boolean wornOut, long version) {

    static GearView of(Gear gear) {
        GearDetails details = gear.details();
        return new GearView(gear.id(), details.type(), details.componentKind(), details.brand(), details.model(),
                details.startedOn(), details.wearLimitMeters(), details.wearLimitSeconds(), details.retired(), details.bikeId(),
                gear.distanceMeters(), gear.durationSeconds(), gear.trainingsCount(), gear.wearFraction(), gear.isWornOut(),
                gear.version());
    }
}
