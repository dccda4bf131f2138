package it.tempo.interaction;

import static it.tempo.interaction.Social.INTERACTION;
import static it.tempo.interaction.Social.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Eventually;
import it.tempo.support.Reply;
import it.tempo.support.Sso;
import it.tempo.sync.Device;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Groups through the gateway with real tokens: open and closed, requests and approvals, roles, removal, hand-over,
 * deletion; their trainings (GROUP visibility in training-war, the group's list in interaction) and account's lists.
 */
class GroupsIT {

    private static final List<String> CREATED = new ArrayList<>();
    private static String alices;
    private static String bobs;
    private static String admins;

    @BeforeAll
    static void profiles() {
        alices = Social.profile("alice", Social.nickname("alice"), "PUBLIC");
        bobs = Social.profile("bob", Social.nickname("bob"), "PUBLIC");
        admins = Social.profile("admin", Social.nickname("admin"), "PUBLIC");
    }

    @AfterAll
    static void tidyUp() {
        CREATED.forEach(group -> {
            Social.deleteGroup("alice", group);
            Social.deleteGroup("bob", group); // handed over to bob
        });
    }

    @Test
    void aClosedGroupTakesRequestsThatAnAdminApproves() {
        String group = group("{\"name\":\"Lake Riders\",\"open\":false}");
        Device bobsPhone = new Device(api("bob"), "interaction").atHead();
        Reply asked = api("bob").put(membership(group), "");
        assertEquals("REQUESTED", asked.json().getString("role"), asked::toString);
        assertEquals(200, api("bob").put(membership(group), "").status(), "asking again is harmless");
        assertEquals(404, api("bob").get(path(group) + "/members").status(), "who asked is not yet a member");
        Social.awaitNotification("alice", "GROUP_REQUEST", group);

        assertEquals(403, api("admin").send("POST", path(group) + "/approvals", who(bobs)).status(), "a stranger approves nothing");
        Reply seen = api("admin").get(path(group));
        assertEquals(200, seen.status(), "anyone signed in finds a group by its id");
        assertEquals(403, api("admin").put(path(group), "{\"name\":\"Mine\"}", "If-Match", seen.header("ETag")).status(), "but changes nothing");
        assertEquals(403, api("admin").send("POST", path(group) + "/roles", "{\"subject\":\"" + admins + "\",\"role\":\"ADMIN\"}").status());
        assertEquals(404, api("admin").get(path(group) + "/trainings").status(), "a group's trainings are its members'");
        Reply approved = api("alice").send("POST", path(group) + "/approvals", who(bobs));
        assertEquals(200, approved.status(), approved::toString);
        assertEquals(2, approved.json().getInt("memberCount"));
        Social.awaitNotification("bob", "GROUP_JOINED", group);
        assertEquals("MEMBER", roleOf(group, bobs));
        List<JsonObject> onBobsPhone = Device.about(bobsPhone.pull(), group);
        assertTrue(onBobsPhone.stream().anyMatch(change -> change.getString("type").equals("group")), () -> "bob's feed: " + onBobsPhone);
        Eventually.await(Duration.ofSeconds(30), () -> api("bob").get("/api/v1/account/me").json().getJsonObject("recent")
                .getJsonArray("groups").getValuesAs(JsonObject.class).stream().anyMatch(item -> item.getString("groupId").equals(group)),
                () -> "account's groups list has the group");

        assertEquals(403, api("bob").send("POST", path(group) + "/removals", who(alices)).status(), "a member removes nobody");
        assertEquals(200, api("alice").send("POST", path(group) + "/removals", who(bobs)).status());
        assertEquals(404, api("bob").get(path(group) + "/members").status(), "removed");
    }

    @Test
    void anOpenGroupIsJoinedAndLeftAndTheOwnerHandsItOver() {
        String group = group("{\"name\":\"Parkrun crew\",\"description\":\"Saturdays 9:00\"}");
        assertEquals("MEMBER", api("bob").put(membership(group), "").json().getString("role"));
        assertEquals(409, api("alice").send("DELETE", membership(group), "").status(), "the owner cannot just leave");
        assertEquals(200, api("alice").send("POST", path(group) + "/roles", "{\"subject\":\"" + bobs + "\",\"role\":\"ADMIN\"}").status());
        assertEquals("ADMIN", roleOf(group, bobs));
        assertEquals(403, api("bob").send("POST", path(group) + "/ownership", who(bobs)).status(), "an admin does not take over");
        assertEquals(200, api("alice").send("POST", path(group) + "/ownership", who(bobs)).status());
        assertEquals("OWNER", roleOf(group, bobs));
        assertEquals("ADMIN", roleOf(group, alices));
        assertEquals(204, api("alice").send("DELETE", membership(group), "").status(), "now she may leave");
        assertEquals(204, api("alice").send("DELETE", membership(group), "").status(), "leaving again is harmless");
        assertEquals(1, api("bob").get(path(group)).json().getInt("memberCount"));
    }

    @Test
    void groupTrainingsAreForMembers() {
        String group = group("{\"name\":\"Track Tuesdays\",\"open\":true}");
        UUID training = UUID.randomUUID();
        assertEquals(201, api("alice").put("/api/v1/training/trainings/" + training, "{\"sport\":\"RUN\",\"title\":\"Intervals\","
                + "\"visibility\":\"GROUP\",\"groupId\":\"" + group + "\",\"plannedStart\":\"2030-05-07T17:00:00Z\"}").status());
        Eventually.await(Duration.ofSeconds(30), () -> listed(group, "alice").contains(training.toString()),
                () -> "the group lists its training (from TrainingScheduled)");
        assertEquals(404, api("bob").get(path(group) + "/trainings").status(), "not to a non-member");
        assertEquals(404, api("bob").get("/api/v1/training/trainings/" + training).status(), "nor does training-war show it");
        api("bob").put(membership(group), "");
        Eventually.await(Duration.ofSeconds(30), () -> api("bob").get("/api/v1/training/trainings/" + training).status() == 200,
                () -> "a member sees the group's training once training-war learned the membership");
        assertTrue(listed(group, "bob").contains(training.toString()));
    }

    @Test
    void theOwnerDeletesTheGroupAndEveryoneLeavesIt() {
        String group = group("{\"name\":\"Short lived\"}");
        api("bob").put(membership(group), "");
        Reply current = api("alice").get(path(group));
        assertEquals(403, api("bob").send("DELETE", path(group), "", "If-Match", current.header("ETag")).status());
        assertEquals(204, api("alice").send("DELETE", path(group), "", "If-Match", current.header("ETag")).status());
        assertEquals(404, api("bob").get(path(group)).status());
        assertFalse(api("bob").get(INTERACTION + "/groups").body().contains(group), "bob's groups no longer hold it");
        assertEquals(410, api("alice").put(path(group), "{\"name\":\"Again\"}").status(), "its id is not used again");
    }

    @Test
    void badGroupInputIsRefused() {
        assertEquals(400, api("alice").put(path(UUID.randomUUID().toString()), "{\"name\":\"   \"}").status());
        String directChat = Social.befriend("bob", "admin");
        assertEquals(400, api("alice").put(path(directChat), "{\"name\":\"Eavesdroppers\"}").status(),
                "a name-based id (two friends' direct chat has one) is no group's");
        assertEquals(404, api("alice").get(INTERACTION + "/chats/" + directChat + "/messages").status());
        assertEquals(400, api("alice").put(path(UUID.randomUUID().toString()), "{\"name\":\"" + "x".repeat(81) + "\"}").status());
        String group = group("{\"name\":\"Roles\"}");
        assertEquals(400, api("alice").send("POST", path(group) + "/roles", who(bobs)).status(), "a role is named");
        assertEquals(409, api("alice").send("POST", path(group) + "/roles", "{\"subject\":\"" + admins + "\",\"role\":\"ADMIN\"}").status(),
                "only a member gets a role");
        assertEquals(404, api("bob").put(membership(UUID.randomUUID().toString()), "").status());
    }

    private static String group(String body) {
        String id = UUID.randomUUID().toString();
        Reply created = api("alice").put(path(id), body);
        assertEquals(201, created.status(), created::toString);
        CREATED.add(id);
        return id;
    }

    private static String roleOf(String group, String subject) {
        return api("alice").get(path(group) + "/members").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("subject").equals(subject)).map(item -> item.getString("role")).findFirst().orElse("none");
    }

    private static List<String> listed(String group, String user) {
        Reply page = api(user).get(path(group) + "/trainings");
        return page.status() != 200 ? List.of()
                : page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(item -> item.getString("trainingId")).toList();
    }

    private static String path(String group) {
        return INTERACTION + "/groups/" + group;
    }

    private static String membership(String group) {
        return path(group) + "/membership";
    }

    private static String who(String subject) {
        return "{\"subject\":\"" + subject + "\"}";
    }
}
