package app.tempo.account.domain.model.gear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GearTest {

    private static final GearDetails SHOES = new GearDetails(GearType.SHOES, null, "Asics", "Novablast 4",
            LocalDate.parse("2026-01-10"), 20000.0, null, false, null);

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
    void aUseTakenBackLeavesWhatWasThereBefore() {
        Gear shoes = Gear.register(UUID.randomUUID(), "alice", SHOES);
        shoes.recordUse(10250, 3050);
        shoes.recordUse(5000, 1500);
        shoes.takeBackUse(5000, 1500);
        assertEquals(10250, shoes.distanceMeters(), 0.001);
        assertEquals(3050, shoes.durationSeconds());
        assertEquals(1, shoes.trainingsCount());
    }

    @Test
    void itIsWornOutOnceTheDistanceReachesTheLimit() {
        Gear shoes = Gear.register(UUID.randomUUID(), "alice", SHOES);
        shoes.recordUse(19999, 6000);
        assertFalse(shoes.isWornOut());
        assertTrue(shoes.hasWorn(0.9), "19,999 m of 20,000 is past a 90% hint threshold");
        shoes.recordUse(1, 1);
        assertTrue(shoes.isWornOut());
        Gear noLimit = Gear.register(UUID.randomUUID(), "alice", new GearDetails(GearType.BIKE, null, "Canyon", "Grail", null, null, null, false, null));
        noLimit.recordUse(1_000_000, 1);
        assertFalse(noLimit.isWornOut(), "without a limit nothing wears out");
        assertEquals(0, noLimit.wearFraction());
    }

    @Test
    void aTimeLimitWearsLikeADistanceLimitAndTheNearerOneCounts() {
        Gear trainer = Gear.register(UUID.randomUUID(), "alice",
                new GearDetails(GearType.OTHER, null, "Wahoo", "Kickr", null, 1_000_000.0, 36_000L, false, null));
        trainer.recordUse(10_000, 18_000);
        assertEquals(0.5, trainer.wearFraction(), 1e-9, "half the time limit, 1% of the distance limit");
        assertTrue(trainer.hasWorn(0.5));
        assertFalse(trainer.hasWorn(0.51));
    }

    @Test
    void describingItAgainTheSameWayIsNoChange() {
        Gear shoes = Gear.register(UUID.randomUUID(), "alice", SHOES);
        assertTrue(shoes.isDescribedAs(SHOES));
        assertFalse(shoes.isDescribedAs(new GearDetails(GearType.SHOES, null, "Asics", "Novablast 4", null, 20000.0, null, true, null)));
    }

    @Test
    void onlyAComponentHasAKindAndABike() {
        assertThrows(IllegalArgumentException.class,
                () -> new GearDetails(GearType.COMPONENT, null, "Shimano", "CN-M8100", null, 3000000.0, null, false, null));
        assertThrows(IllegalArgumentException.class,
                () -> new GearDetails(GearType.SHOES, ComponentKind.CHAIN, "Asics", "Novablast", null, null, null, false, null));
        assertThrows(IllegalArgumentException.class,
                () -> new GearDetails(GearType.SHOES, null, "Asics", "Novablast", null, null, null, false, UUID.randomUUID()));
    }

    @Test
    void aMountEndsOnce() {
        Instant mounted = Instant.parse("2026-03-01T10:00:00Z");
        GearMount mount = GearMount.of(UUID.randomUUID(), UUID.randomUUID(), mounted);
        mount.end(mounted.plusSeconds(3600));
        mount.end(mounted.plusSeconds(7200));
        assertEquals(mounted.plusSeconds(3600), mount.unmountedAt(), "ending it again changes nothing");
    }

    @Test
    void eachCrossingOfTheThresholdDeservesOneHint() {
        Gear shoes = Gear.register(UUID.randomUUID(), "alice", SHOES);
        shoes.recordUse(17_000, 5_000);
        assertFalse(shoes.needsHint(0.9), "85%");
        shoes.recordUse(1_000, 300);
        assertTrue(shoes.needsHint(0.9), "90%: crossed");
        shoes.recordUse(1_000, 300);
        assertFalse(shoes.needsHint(0.9), "95%: already told");
        shoes.takeBackUse(2_000, 600);
        assertFalse(shoes.needsHint(0.9), "85% again after a corrected result");
        shoes.recordUse(2_000, 600);
        assertTrue(shoes.needsHint(0.9), "crossed a second time");
        shoes.describe(new GearDetails(GearType.SHOES, null, "Asics", "Novablast 4", null, 19_000.0, null, false, null));
        assertTrue(shoes.needsHint(0.9), "a new limit: its threshold was never told");
        assertFalse(shoes.needsHint(0.95), "hinted for the current limit");
    }
}
