package it.tempo.interaction;

import static it.tempo.interaction.Social.INTERACTION;
import static it.tempo.interaction.Social.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Json;
import it.tempo.support.Reply;
import it.tempo.support.Sso;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Notifications: unread counts, marking all read, per-type preferences, and a friend's completed training. */
class NotificationsIT {

    @Test
    void unreadCountsFallWhenAllAreMarkedRead() {
        String chat = Social.befriend("alice", "bob");
        api("alice").send("POST", INTERACTION + "/chats/" + chat + "/messages", Social.message("ping"));
        Social.awaitNotification("bob", "CHAT_MESSAGE", chat);
        assertTrue(api("bob").get(INTERACTION + "/notifications").json().getJsonNumber("unread").longValue() > 0);
        Reply marked = api("bob").put(INTERACTION + "/notifications/read", "{}");
        assertEquals(200, marked.status(), marked::toString);
        while (marked.json().getJsonNumber("unread").longValue() > 0) {
            marked = api("bob").put(INTERACTION + "/notifications/read", "{}");
        }
        assertEquals(0, api("bob").get(INTERACTION + "/notifications").json().getJsonNumber("unread").longValue());
        assertEquals(0, api("bob").put(INTERACTION + "/notifications/read", "{}").json().getInt("marked"), "again: nothing left");
    }

    @Test
    void aMutedKindIsNeitherStoredNorPushed() {
        String chat = Social.befriend("alice", "bob");
        try (LiveClient bobsPhone = LiveClient.sse(LiveIT.live(), Sso.token("bob"), null)) {
            bobsPhone.await(frame -> frame.event().equals("ready"), Duration.ofSeconds(5), "ready event");
            Reply muted = api("bob").put(INTERACTION + "/notifications/preferences", "{\"muted\":[\"CHAT_MESSAGE\"]}");
            assertEquals(200, muted.status(), muted::toString);
            assertEquals("[\"CHAT_MESSAGE\"]", api("bob").get(INTERACTION + "/notifications/preferences").json().getJsonArray("muted").toString());
            String quiet = api("alice").send("POST", INTERACTION + "/chats/" + chat + "/messages", Social.message("muted")).json().getString("id");
            api("bob").put(INTERACTION + "/notifications/preferences", "{\"muted\":[]}");
            assertEquals(201, api("alice").send("POST", INTERACTION + "/chats/" + chat + "/messages", Social.message("heard")).status());
            // the live channel carries everything in feed order: the loud message's notification comes after the quiet one's would
            List<String> pushed = new ArrayList<>();
            bobsPhone.await(frame -> {
                pushed.add(frame.data());
                return frame.data().contains("\"CHAT_MESSAGE\"") && frame.data().contains(": heard\"");
            }, Duration.ofSeconds(5), "the notification of the message sent once unmuted");
            assertTrue(pushed.stream().noneMatch(data -> data.contains(": muted\"")), () -> "nothing pushed of the muted kind: " + pushed);
            assertTrue(Social.notifications("bob").stream().noneMatch(item -> quiet.equals(item.getString("referenceId", null))
                    || item.getString("text").endsWith(": muted")), "no notification for a muted kind, stored or pushed");
            assertTrue(api("bob").get(INTERACTION + "/chats/" + chat + "/messages").body().contains(quiet), "the message itself arrived");
        } finally {
            api("bob").put(INTERACTION + "/notifications/preferences", "{\"muted\":[]}");
        }
        assertEquals(400, api("bob").put(INTERACTION + "/notifications/preferences", "{\"muted\":[\"NO_SUCH_KIND\"]}").status());
    }

    @Test
    void friendsHearOfACompletedTrainingSharedWithThem() {
        Social.profile("alice", Social.nickname("alice"), "PUBLIC");
        Social.befriend("alice", "bob");
        UUID shared = UUID.randomUUID();
        UUID secret = UUID.randomUUID();
        assertEquals(201, api("alice").put("/api/v1/training/trainings/" + shared,
                "{\"sport\":\"RUN\",\"title\":\"Shared run\",\"visibility\":\"FRIENDS\"}").status());
        assertEquals(201, api("alice").put("/api/v1/training/trainings/" + secret, "{\"sport\":\"RUN\",\"title\":\"Secret run\"}").status());
        for (UUID training : new UUID[] {secret, shared}) {
            assertEquals(200, api("alice").put("/api/v1/training/trainings/" + training + "/completion",
                    Json.completion(5000, 1500)).status());
        }
        JsonObject told = Social.awaitNotification("bob", "FRIEND_COMPLETED", shared.toString());
        assertTrue(told.getString("text").contains("Shared run"), told::toString);
        Social.awaitNotification("alice", "TRAINING_COMPLETED", secret.toString()); // the private one's event was handled
        assertTrue(Social.notifications("bob").stream().noneMatch(item -> secret.toString().equals(item.getString("referenceId", null))),
                "a private training's completion is not told");
    }

    @Test
    void theRosterHearsThatATrainingMoved() {
        UUID training = UUID.randomUUID();
        String path = "/api/v1/training/trainings/" + training;
        Reply planned = api("alice").put(path, "{\"sport\":\"RUN\",\"title\":\"Hill repeats\",\"plannedStart\":\"2030-03-02T07:00:00Z\","
                + "\"timeZone\":\"Europe/Berlin\"}");
        assertEquals(201, planned.status(), planned::toString);
        assertEquals(200, api("alice").send("POST", path + "/invitations", "{\"subject\":\"" + Sso.subject("bob") + "\"}").status());
        Social.awaitNotification("bob", "TRAINING_INVITATION", training.toString());
        Reply moved = api("alice").put(path, "{\"sport\":\"RUN\",\"title\":\"Hill repeats\",\"plannedStart\":\"2030-03-02T08:30:00Z\","
                + "\"timeZone\":\"Europe/Berlin\"}", "If-Match", api("alice").get(path).header("ETag"));
        assertEquals(200, moved.status(), moved::toString);
        JsonObject told = Social.awaitNotification("bob", "TRAINING_MOVED", training.toString());
        assertEquals("\"Hill repeats\" now starts Sat 2 Mar 2030, 09:30 (Europe/Berlin)", told.getString("text"));
    }
}
