package app.tempo.account.domain.model.hint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.tempo.account.domain.model.gear.ComponentKind;
import app.tempo.account.domain.model.gear.Gear;
import app.tempo.account.domain.model.gear.GearDetails;
import app.tempo.account.domain.model.gear.GearType;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HintsTest {

    @Test
    void anAthletesVariantIsStableAndTheShareSplitsAthletesAsAsked() {
        assertEquals(HintVariant.of("alice", 0.5), HintVariant.of("alice", 0.5));
        assertEquals(HintVariant.A, HintVariant.of("alice", 0.0), "nobody gets B at share 0");
        assertEquals(HintVariant.B, HintVariant.of("alice", 1.0), "everybody gets B at share 1");
        long inB = IntStream.range(0, 10_000).filter(i -> HintVariant.of("subject-" + i, 0.3) == HintVariant.B).count();
        assertTrue(inB > 2_800 && inB < 3_200, "about 30% of 10,000 athletes get B at share 0.3: " + inB);
        long movedBack = IntStream.range(0, 10_000)
                .filter(i -> HintVariant.of("subject-" + i, 0.3) == HintVariant.B && HintVariant.of("subject-" + i, 0.6) == HintVariant.A)
                .count();
        assertEquals(0, movedBack, "raising the share only moves athletes from A to B");
    }

    @Test
    void theStoreLinkCarriesTheItemUrlEncoded() {
        Gear chain = Gear.register(UUID.fromString("6f1c2a52-8c1e-4d3a-9a57-0d1f0f8a1e01"), "alice",
                new GearDetails(GearType.COMPONENT, ComponentKind.CHAIN, "SRAM & Co", "GX Eagle/12", null, 3_000_000.0, null, false, null));
        chain.recordUse(2_850_000, 360_000);
        WearHint hint = WearHint.of(chain, 0.9, HintVariant.A, "https://store.example/replace?t={type}&k={kind}&b={brand}&m={model}&id={gearId}");
        assertEquals("https://store.example/replace?t=COMPONENT&k=CHAIN&b=SRAM+%26+Co&m=GX+Eagle%2F12&id=6f1c2a52-8c1e-4d3a-9a57-0d1f0f8a1e01",
                hint.storeUrl());
        assertEquals("Time to replace your SRAM & Co GX Eagle/12", hint.title());
        assertEquals("SRAM & Co GX Eagle/12 has done 2850.0 km, 95% of its wear limit.", hint.text());
        assertEquals("B", WearHint.of(chain, 0.9, HintVariant.B, "https://s/").variant());
        assertTrue(WearHint.of(chain, 0.9, HintVariant.B, "https://s/").title().contains("earned a rest"));
    }

    @Test
    void gearWornByTheHourIsToldInHours() {
        Gear trainer = Gear.register(UUID.randomUUID(), "alice",
                new GearDetails(GearType.OTHER, null, "Wahoo", "Kickr", null, null, 3_600_000L, false, null));
        trainer.recordUse(0, 3_240_000);
        assertEquals("Wahoo Kickr has done 900 h, 90% of its wear limit.", WearHint.of(trainer, 0.9, HintVariant.A, "https://s/").text());
    }
}
