package app.tempo.account.domain.model.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProfileTest {

    private static final UUID SHOES = UUID.fromString("6f1c2a52-8c1e-4d3a-9a57-0d1f0f8a1e01");

    @Test
    void aNewAthleteIsPrivateWithAGeneratedNickname() {
        Profile profile = Profile.firstFor("alice-subject", Instant.EPOCH);
        ProfileDetails details = profile.details();
        assertTrue(details.nickname().matches("athlete-[a-z2-9]{10}"), details.nickname());
        assertEquals(Visibility.PRIVATE, details.visibility());
        assertEquals(ZoneId.of("UTC"), details.timeZone());
        assertTrue(details.sports().isEmpty());
    }

    @Test
    void whatIsDescribedIsReadBackTheSame() {
        Profile profile = Profile.firstFor("alice-subject", Instant.EPOCH);
        ProfileDetails details = new ProfileDetails("trail_fox", "https://img.example/a.png", Set.of(Sport.RUN, Sport.HIKE),
                Visibility.FRIENDS, ZoneId.of("Europe/Berlin"), Units.IMPERIAL, Map.of(Sport.RUN, SHOES));
        profile.describe(details);
        assertEquals(details, profile.details());
        assertTrue(profile.isDescribedAs(details));
        assertEquals(SHOES, profile.defaultGearFor("RUN"));
        assertNull(profile.defaultGearFor("RIDE"));
        assertNull(profile.defaultGearFor("KAYAK"), "a sport of a newer catalogue has no default");
    }

    @Test
    void aDeletedItemStopsBeingADefault() {
        Profile profile = Profile.firstFor("alice-subject", Instant.EPOCH);
        profile.describe(new ProfileDetails("trail_fox", null, Set.of(), Visibility.PUBLIC, ZoneId.of("UTC"), Units.METRIC,
                Map.of(Sport.RUN, SHOES, Sport.WALK, SHOES)));
        assertTrue(profile.forgetDefaultGear(SHOES));
        assertTrue(profile.details().defaultGear().isEmpty());
        assertFalse(profile.forgetDefaultGear(SHOES), "nothing left to forget");
    }

    @Test
    void onlyThePublicPartMattersToOtherDomains() {
        ProfileDetails before = new ProfileDetails("trail_fox", null, Set.of(Sport.RUN), Visibility.PUBLIC, ZoneId.of("UTC"),
                Units.METRIC, Map.of());
        ProfileDetails settings = new ProfileDetails("trail_fox", null, Set.of(Sport.RUN), Visibility.PUBLIC,
                ZoneId.of("Asia/Tokyo"), Units.IMPERIAL, Map.of(Sport.RUN, SHOES));
        ProfileDetails renamed = new ProfileDetails("trail_hare", null, Set.of(Sport.RUN), Visibility.PUBLIC, ZoneId.of("UTC"),
                Units.METRIC, Map.of());
        assertTrue(before.samePublicPartAs(settings));
        assertFalse(before.samePublicPartAs(renamed));
    }
}
