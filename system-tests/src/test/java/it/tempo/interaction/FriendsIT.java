package it.tempo.interaction;

import static it.tempo.interaction.Social.INTERACTION;
import static it.tempo.interaction.Social.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Eventually;
import it.tempo.support.Reply;
import it.tempo.support.Sso;
import it.tempo.sync.Device;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Friends and blocks through the gateway with real tokens: request, accept, decline, cancel, remove; what a block
 * stops (requests, messages, invitations, search); and what the other domains make of it (account's friends list,
 * training-war's FRIENDS visibility). Only the caller's side of a relationship is ever reached.
 */
class FriendsIT {

    private static String alices;
    private static String bobs;
    private static String bobsNickname;

    @BeforeAll
    static void profiles() {
        alices = Social.profile("alice", Social.nickname("alice"), "FRIENDS");
        bobsNickname = Social.nickname("bob");
        bobs = Social.profile("bob", bobsNickname, "PUBLIC");
        Social.profile("admin", Social.nickname("admin"), "PUBLIC");
    }

    @Test
    void aRequestAcceptedMakesFriendsBothWaysAndEveryoneHears() {
        Social.strangers("alice", "bob");
        Device bobsPhone = new Device(api("bob"), "interaction").atHead();
        Reply asked = api("alice").put(friend(bobs), "");
        assertEquals(200, asked.status(), asked::toString);
        assertEquals("REQUEST_SENT", asked.json().getString("status"));
        assertEquals(200, api("alice").put(friend(bobs), "").status(), "asking again is harmless");
        assertEquals("REQUEST_RECEIVED", api("bob").get(friend(alices)).json().getString("status"));
        assertTrue(ids(api("bob").get(INTERACTION + "/friends?status=REQUEST_RECEIVED")).contains(alices), "bob sees the request");
        JsonObject request = Social.awaitNotification("bob", "FRIEND_REQUEST", alices);
        assertTrue(request.getString("text").endsWith("wants to be your friend"), request::toString);

        Reply accepted = api("bob").put(friend(alices), "");
        assertEquals("FRIENDS", accepted.json().getString("status"));
        assertEquals("FRIENDS", api("alice").get(friend(bobs)).json().getString("status"));
        assertTrue(ids(api("alice").get(INTERACTION + "/friends")).contains(bobs));
        Social.awaitNotification("alice", "FRIEND_ACCEPTED", bobs);
        assertFalse(Device.about(bobsPhone.pull(), accepted.json().getString("id")).isEmpty(), "the friendship reaches bob's feed");
        Eventually.await(Duration.ofSeconds(30), () -> api("alice").get("/api/v1/account/me").json().getJsonObject("recent")
                .getJsonArray("friends").getValuesAs(JsonObject.class).stream().anyMatch(item -> item.getString("subject").equals(bobs)),
                () -> "account's friends list has bob");

        assertEquals(200, api("bob").send("DELETE", friend(alices), "").status());
        assertEquals(404, api("alice").get(friend(bobs)).status(), "removed: nothing left between them");
        Eventually.await(Duration.ofSeconds(30), () -> api("alice").get("/api/v1/account/me").json().getJsonObject("recent")
                .getJsonArray("friends").getValuesAs(JsonObject.class).stream().noneMatch(item -> item.getString("subject").equals(bobs)),
                () -> "account's friends list lost bob");
    }

    @Test
    void aRequestIsDeclinedOrCancelled() {
        Social.strangers("alice", "bob");
        api("alice").put(friend(bobs), "");
        assertEquals("NONE", api("bob").send("DELETE", friend(alices), "").json().getString("status"), "declined");
        assertEquals(404, api("alice").get(friend(bobs)).status());
        api("alice").put(friend(bobs), "");
        assertEquals("NONE", api("alice").send("DELETE", friend(bobs), "").json().getString("status"), "cancelled");
        assertFalse(ids(api("bob").get(INTERACTION + "/friends?status=REQUEST_RECEIVED")).contains(alices));
    }

    @Test
    void aBlockedAthleteCannotAskWriteInviteOrFindTheBlocker() {
        String chat = Social.befriend("alice", "bob");
        Device bobsPhone = new Device(api("bob"), "interaction").atHead();
        Reply blocked = api("bob").put(INTERACTION + "/blocks/" + alices, "");
        assertEquals(200, blocked.status(), blocked::toString);
        assertTrue(blocked.json().getBoolean("blocking"));
        assertEquals(404, api("alice").get(friend(bobs)).status(), "the blocked side sees no relationship at all");
        assertTrue(ids(api("bob").get(INTERACTION + "/blocks")).contains(alices));

        assertEquals(403, api("alice").put(friend(bobs), "").status(), "no request");
        assertEquals(403, api("alice").send("POST", INTERACTION + "/chats/" + chat + "/messages", Social.message("hello?")).status(),
                "no message");
        assertFalse(ids(api("alice").get(INTERACTION + "/athletes?q=" + bobsNickname)).contains(bobs), "not found in search");
        assertEquals(404, api("alice").get(INTERACTION + "/athletes/" + bobs).status(), "nor by subject");
        UUID training = UUID.randomUUID();
        assertEquals(201, api("alice").put("/api/v1/training/trainings/" + training, "{\"sport\":\"RUN\",\"title\":\"Invite\"}").status());
        Eventually.await(Duration.ofSeconds(30), () -> api("alice").send("POST", "/api/v1/training/trainings/" + training + "/invitations",
                "{\"subject\":\"" + bobs + "\"}").status() == 403, () -> "training-war refuses alice's invitation to bob");

        assertEquals(403, api("bob").put(friend(alices), "").status(), "the blocker unblocks before asking");
        assertEquals(200, api("bob").send("DELETE", INTERACTION + "/blocks/" + alices, "").status());
        assertTrue(ids(api("alice").get(INTERACTION + "/athletes?q=" + bobsNickname)).contains(bobs), "found again once unblocked");
        List<JsonObject> onBobsPhone = Device.about(bobsPhone.pull(), chat);
        assertTrue(onBobsPhone.get(onBobsPhone.size() - 1).getBoolean("deleted"), () -> "bob's feed ends with a tombstone: " + onBobsPhone);
    }

    @Test
    void friendsTrainingsOpenToFriendsOnly() {
        Social.strangers("alice", "bob");
        UUID training = UUID.randomUUID();
        assertEquals(201, api("alice").put("/api/v1/training/trainings/" + training,
                "{\"sport\":\"RIDE\",\"title\":\"Friends ride\",\"visibility\":\"FRIENDS\"}").status());
        Eventually.await(Duration.ofSeconds(30), () -> api("bob").get("/api/v1/training/trainings/" + training).status() == 404,
                () -> "a stranger does not see it (once training-war learned an earlier friendship ended)");
        Social.befriend("alice", "bob");
        Eventually.await(Duration.ofSeconds(30), () -> api("bob").get("/api/v1/training/trainings/" + training).status() == 200,
                () -> "a friend sees it once training-war learned the friendship");
        Reply joined = api("bob").put("/api/v1/training/trainings/" + training + "/participation", "");
        assertEquals(200, joined.status(), () -> "and joins it uninvited: " + joined);
    }

    @Test
    void searchFindsByNicknamePrefixAndSportRespectingVisibility() {
        Social.strangers("alice", "bob");
        String prefix = bobsNickname.substring(0, 8).toUpperCase();
        assertTrue(ids(api("admin").get(INTERACTION + "/athletes?q=" + prefix)).contains(bobs), "any case, by prefix");
        assertTrue(ids(api("admin").get(INTERACTION + "/athletes?q=" + bobsNickname + "&sport=RIDE")).contains(bobs));
        assertFalse(ids(api("admin").get(INTERACTION + "/athletes?q=" + bobsNickname + "&sport=SWIM")).contains(bobs));
        String alicesNickname = api("alice").get(INTERACTION + "/athletes/" + alices).json().getString("nickname");
        assertFalse(ids(api("bob").get(INTERACTION + "/athletes?q=" + alicesNickname)).contains(alices),
                "a friends-only profile is hidden from strangers");
        Social.befriend("alice", "bob");
        assertTrue(ids(api("bob").get(INTERACTION + "/athletes?q=" + alicesNickname)).contains(alices), "and shown to friends");
        assertEquals(400, api("bob").get(INTERACTION + "/athletes?q=").status(), "an empty query is refused");
        assertEquals(400, api("bob").get(INTERACTION + "/athletes?q=a&cursor=not-a-cursor").status());
    }

    @Test
    void bobReachesOnlyHisOwnSideOfAlicesRelationships() {
        String carols = Sso.subject("carol");
        Social.strangers("alice", "bob");
        assertEquals(200, api("alice").put(INTERACTION + "/blocks/" + carols, "").status());
        assertEquals(404, api("bob").get(friend(carols)).status(), "alice's block of carol is not bob's to see");
        assertFalse(ids(api("bob").get(INTERACTION + "/blocks")).contains(carols));
        assertEquals(200, api("bob").send("DELETE", INTERACTION + "/blocks/" + carols, "").status(), "bob's unblock is his own act");
        assertTrue(ids(api("alice").get(INTERACTION + "/blocks")).contains(carols), "and leaves alice's block as it was");
        assertEquals(422, api("bob").put(INTERACTION + "/blocks/" + bobs, "").status(), "no relationship with oneself");
        assertEquals(404, api("bob").put(friend("nobody-" + UUID.randomUUID()), "").status(), "no request to an unknown athlete");
        assertEquals(400, api("bob").put(INTERACTION + "/friends/not%20a%20subject", "").status());
        api("alice").send("DELETE", INTERACTION + "/blocks/" + carols, "");
    }

    private static String friend(String subject) {
        return INTERACTION + "/friends/" + subject;
    }

    /** The subjects a page of relationships or profiles names. */
    private static List<String> ids(Reply page) {
        assertEquals(200, page.status(), page::toString);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(item -> item.getString("subject")).toList();
    }
}
