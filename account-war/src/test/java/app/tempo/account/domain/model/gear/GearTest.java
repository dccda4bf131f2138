package app.tempo.account.domain.model.gear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GearTest {

    private static final GearDetails SHOES = new GearDetails(GearType.SHOES, "Asics", "Novablast 4",
            LocalDate.parse("2026-01-10"), 20000.0, false);

    @Test
    void completedTrainingsAccumulateDistanceTimeAndUses() {
        Gear shoes = Gear.register(UUID.randomUUID(), "alice", SHOES);
        shoes.recordUse(10250, 3050);
        shoes.recordUse(5000, 1500);
        assertEquals(15250, shoes.distanceMeters(), 0.001);
        assertEquals(4550, shoes.durationSeconds());
        assertEquals(2, shoes.trainingsCount());
    }

    @Test
    void itIsWornOutOnceTheDistanceReachesTheLimit() {
        Gear shoes = Gear.register(UUID.randomUUID(), "alice", SHOES);
        shoes.recordUse(19999, 6000);
        assertFalse(shoes.isWornOut());
        shoes.recordUse(1, 1);
        assertTrue(shoes.isWornOut());
        Gear noLimit = Gear.register(UUID.randomUUID(), "alice", new GearDetails(GearType.BIKE, "Canyon", "Grail", null, null, false));
        noLimit.recordUse(1_000_000, 1);
        assertFalse(noLimit.isWornOut(), "without a limit nothing wears out");
    }

    @Test
    void describingItAgainTheSameWayIsNoChange() {
        Gear shoes = Gear.register(UUID.randomUUID(), "alice", SHOES);
        assertTrue(shoes.isDescribedAs(SHOES));
        assertFalse(shoes.isDescribedAs(new GearDetails(GearType.SHOES, "Asics", "Novablast 4", null, 20000.0, true)));
    }
}
