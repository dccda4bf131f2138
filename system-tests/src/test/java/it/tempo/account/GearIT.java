package it.tempo.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Broker;
import it.tempo.support.Database;
import it.tempo.support.Eventually;
import it.tempo.support.Json;
import it.tempo.support.Reply;
import it.tempo.support.Stack;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Gear through the real stack: components on bikes, default gear, replacement hints to the athlete and the Store. */
class GearIT {

    private static final String STORE_QUEUE = "tempo.integration.store::tempo.integration.store.esb";

    private final Api alice = Api.as("alice", Stack.gateway());
    private final Api bob = Api.as("bob", Stack.gateway());

    @Test
    void aBikesComponentsWearWithItAndAMovedComponentKeepsItsHistory() {
        UUID bike = AccountApi.gear(alice, bike("Canyon"));
        UUID otherBike = AccountApi.gear(alice, bike("Cervelo"));
        UUID chain = AccountApi.gear(alice, component("CHAIN", bike));
        UUID training = completeWith(12_000, 1_800, bike);
        awaitUses(chain, 1);
        assertEquals(12_000, gear(chain).getJsonNumber("distanceMeters").doubleValue(), 0.001, "the chain rode with its bike");
        assertEquals(1, gear(bike).getInt("trainingsCount"));

        Reply moved = alice.put("/api/v1/account/gear/" + chain, component("CHAIN", otherBike), "If-Match", "\"" + gear(chain).getInt("version") + "\"");
        assertEquals(200, moved.status(), moved::toString);
        JsonArray mounts = alice.get("/api/v1/account/gear/" + chain + "/mounts").json().getJsonArray("items");
        assertEquals(2, mounts.size(), mounts::toString);
        assertEquals(bike.toString(), mounts.getJsonObject(0).getString("bikeId"));
        assertNotNull(mounts.getJsonObject(0).getString("unmountedAt"), "the first mount ended");
        assertEquals(otherBike.toString(), mounts.getJsonObject(1).getString("bikeId"));
        assertFalse(mounts.getJsonObject(1).containsKey("unmountedAt") && !mounts.getJsonObject(1).isNull("unmountedAt"), "still on it");

        UUID later = completeWith(30_000, 3_600, bike);
        Database.awaitConsumed("account", later);
        assertEquals(1, gear(chain).getInt("trainingsCount"), "a ride on the old bike after the move does not wear the chain");
        assertEquals(2, gear(bike).getInt("trainingsCount"));
        Database.awaitConsumed("account", training);

        assertEquals(204, alice.send("DELETE", "/api/v1/account/gear/" + otherBike, "").status());
        JsonObject shelved = gear(chain);
        assertTrue(!shelved.containsKey("bikeId") || shelved.isNull("bikeId"), "a deleted bike's components go on the shelf: " + shelved);
    }

    @Test
    void aCompletionThatNamesNoGearWearsTheSportsDefault() {
        UUID shoes = AccountApi.gear(alice, Json.shoes());
        AccountApi.describeProfile(alice, AccountApi.profile(AccountApi.uniqueNickname("runner"), "UTC",
                "{\"sport\":\"RUN\",\"gearId\":\"" + shoes + "\"}"));
        UUID training = completeWith(8_000, 2_400);
        Database.awaitConsumed("account", training);
        assertEquals(1, gear(shoes).getInt("trainingsCount"), "the default shoes wore");

        assertEquals(204, alice.send("DELETE", "/api/v1/account/gear/" + shoes, "").status());
        assertEquals(0, alice.get("/api/v1/account/profile").json().getJsonArray("defaultGear").size(),
                "a deleted item is nobody's default");
    }

    @Test
    void crossingTheHintThresholdNotifiesTheAthleteAndTheStoreOnce() throws JMSException {
        UUID shoes = AccountApi.gear(alice, """
                {"type":"SHOES","brand":"Hoka","model":"Clifton 9","wearLimitMeters":10000}""");
        UUID first = completeWith(8_000, 2_400, shoes);   // 80%: below the 90% threshold
        Database.awaitConsumed("account", first);
        UUID crossing = completeWith(2_000, 600, shoes);   // 100%: crosses it
        Database.awaitConsumed("account", crossing);
        UUID last = completeWith(1_000, 300, shoes);       // 110%: already past, no second hint
        Database.awaitConsumed("account", last);
        assertEquals(3, gear(shoes).getInt("trainingsCount"));
        assertTrue(gear(shoes).getBoolean("wornOut"));

        assertEquals(1, Database.count("SELECT count(*) FROM account.outbox_event WHERE event_type = 'GearWearLimitReached' "
                + "AND aggregate_id = ?", shoes.toString()), "one hint per crossing");
        Eventually.await(Duration.ofSeconds(30), () -> hintFor(shoes) != null, () -> "a replacement notification for " + shoes);
        JsonObject hint = hintFor(shoes);
        assertTrue(hint.getString("link").startsWith("https://"), hint::toString);
        assertTrue(hint.getString("link").contains("brand=Hoka"), hint::toString);
        assertTrue(hint.getString("title").contains("Hoka Clifton 9"), hint::toString);

        TextMessage toStore = Broker.take(STORE_QUEUE, "JMSXGroupID = '" + shoes + "'", Duration.ofSeconds(10));
        assertNotNull(toStore, "the Store's address received the hint");
        assertEquals("GearWearLimitReached", toStore.getStringProperty("eventType"));
        assertTrue(toStore.getText().contains("\"storeUrl\""));
        assertNull(Broker.take(STORE_QUEUE, "JMSXGroupID = '" + shoes + "'", Duration.ofMillis(500)), "and only one");
    }

    /** The same result again in another event (as a new event version published beside the old one would be). */
    @Test
    void theSameResultReportedAgainWearsNothingTwice() {
        UUID bike = AccountApi.gear(alice, bike("Specialized"));
        UUID chain = AccountApi.gear(alice, component("CHAIN", bike));
        UUID shoes = AccountApi.gear(alice, Json.shoes());
        AccountApi.describeProfile(alice, AccountApi.profile(AccountApi.uniqueNickname("rider"), "UTC",
                "{\"sport\":\"RUN\",\"gearId\":\"" + shoes + "\"}"));
        Instant now = Instant.now();
        UUID ride = UUID.randomUUID();
        UUID run = UUID.randomUUID();
        AccountApi.reportCompletion("alice", ride, "RIDE", now, 20_000, 3_600, now, List.of(bike), List.of());
        AccountApi.reportCompletion("alice", run, "RUN", now, 8_000, 2_400, now, List.of(), List.of());
        awaitUses(chain, 1);
        awaitUses(shoes, 1);
        Map<UUID, Integer> versions = Map.of(bike, version(bike), chain, version(chain), shoes, version(shoes));
        UUID again = AccountApi.reportCompletion("alice", ride, "RIDE", now, 20_000, 3_600, now.plusSeconds(5), List.of(bike), List.of());
        UUID runAgain = AccountApi.reportCompletion("alice", run, "RUN", now, 8_000, 2_400, now.plusSeconds(5), List.of(), List.of());
        Eventually.await(Duration.ofSeconds(30), () -> Database.count("SELECT count(*) FROM account.processed_event WHERE event_id IN (?, ?)",
                again, runAgain) == 2, () -> "the repeated reports consumed");
        versions.forEach((id, version) -> assertEquals(version, version(id), () -> id + " untouched by the same result again"));
        assertEquals(1, gear(chain).getInt("trainingsCount"));
        assertEquals(20_000, gear(chain).getJsonNumber("distanceMeters").doubleValue(), 0.001);
    }

    @Test
    void retiredGearCanBeReactivated() {
        UUID shoes = AccountApi.gear(alice, Json.shoes());
        Reply retired = alice.put("/api/v1/account/gear/" + shoes, """
                {"type":"SHOES","brand":"Asics","model":"Novablast 4","wearLimitMeters":800000,"retired":true}""", "If-Match", "\"1\"");
        assertEquals(200, retired.status(), retired::toString);
        assertTrue(retired.json().getBoolean("retired"));
        Reply reactivated = alice.put("/api/v1/account/gear/" + shoes, Json.shoes(), "If-Match", "\"2\"");
        assertEquals(200, reactivated.status(), reactivated::toString);
        assertFalse(reactivated.json().getBoolean("retired"));
    }

    @Test
    void componentsAreChecked() {
        UUID bobsBike = AccountApi.gear(bob, bike("Bob's"));
        UUID shoes = AccountApi.gear(alice, Json.shoes());
        List<String[]> cases = List.of(
                new String[] {"componentKind", "{\"type\":\"COMPONENT\",\"brand\":\"Shimano\",\"model\":\"CN-M8100\"}"},
                new String[] {"componentKind", "{\"type\":\"SHOES\",\"componentKind\":\"CHAIN\",\"brand\":\"A\",\"model\":\"B\"}"},
                new String[] {"bikeId", component("CHAIN", bobsBike)},
                new String[] {"bikeId", component("CHAIN", shoes)},
                new String[] {"bikeId", component("CHAIN", UUID.randomUUID())},
                new String[] {"bikeId", "{\"type\":\"SHOES\",\"brand\":\"A\",\"model\":\"B\",\"bikeId\":\"" + UUID.randomUUID() + "\"}"},
                new String[] {"wearLimitSeconds", "{\"type\":\"SHOES\",\"brand\":\"A\",\"model\":\"B\",\"wearLimitSeconds\":0}"});
        for (String[] bad : cases) {
            Reply reply = alice.put("/api/v1/account/gear/" + UUID.randomUUID(), bad[1]);
            assertEquals(400, reply.status(), () -> bad[1] + ": " + reply);
            assertTrue(reply.json().getJsonArray("errors").toString().contains(bad[0]), () -> bad[0] + " named in " + reply);
        }
    }

    /** Completes a new training now: a bike's components are credited as mounted at the completion's moment. */
    private UUID completeWith(double meters, long seconds, UUID... gear) {
        UUID training = UUID.randomUUID();
        assertEquals(201, alice.put("/api/v1/training/trainings/" + training, Json.training("Gear test")).status());
        Reply completed = alice.put("/api/v1/training/trainings/" + training + "/completion",
                Json.completionAt(Instant.now().truncatedTo(ChronoUnit.MILLIS), meters, seconds, gear));
        assertEquals(200, completed.status(), completed::toString);
        return training;
    }

    private void awaitUses(UUID item, int uses) {
        Eventually.await(Duration.ofSeconds(30), () -> gear(item).getInt("trainingsCount") == uses, () -> item + " used " + uses + " times");
    }

    private int version(UUID id) {
        return gear(id).getInt("version");
    }

    private JsonObject gear(UUID id) {
        return AccountApi.get(alice, "/api/v1/account/gear/" + id);
    }

    private JsonObject hintFor(UUID gear) {
        return alice.get("/api/v1/interaction/notifications?limit=100").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(item -> item.getString("type").equals("GEAR_REPLACEMENT") && gear.toString().equals(item.getString("referenceId", null)))
                .findFirst().orElse(null);
    }

    private static String bike(String brand) {
        return "{\"type\":\"BIKE\",\"brand\":\"" + brand + "\",\"model\":\"Grail\"}";
    }

    private static String component(String kind, UUID bike) {
        return "{\"type\":\"COMPONENT\",\"componentKind\":\"" + kind + "\",\"brand\":\"Shimano\",\"model\":\"CN-M8100\","
                + "\"wearLimitMeters\":3000000,\"bikeId\":\"" + bike + "\"}";
    }

}
