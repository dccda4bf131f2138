package it.tempo.interaction;

import static it.tempo.interaction.Social.INTERACTION;
import static it.tempo.interaction.Social.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Json;
import it.tempo.support.Reply;
import jakarta.json.JsonObject;
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
        Reply muted = api("bob").put(INTERACTION + "/notifications/preferences", "{\"muted\":[\"CHAT_MESSAGE\"]}");
        assertEquals(200, muted.status(), muted::toString);
        assertEquals("[\"CHAT_MESSAGE\"]", api("bob").get(INTERACTION + "/notifications/preferences").json().getJsonArray("muted").toString());
        Reply sent = api("alice").send("POST", INTERACTION + "/chats/" + chat + "/messages", Social.message("muted"));
        String messageId = sent.json().getString("id");
        assertEquals(201, api("alice").send("POST", INTERACTION + "/chats/" + chat + "/messages", Social.message("a later one")).status());
        assertTrue(Social.notifications("bob").stream().noneMatch(item -> item.getString("text").endsWith("muted")),
                "no notification for a muted kind");
        assertTrue(api("bob").get(INTERACTION + "/chats/" + chat + "/messages").body().contains(messageId), "the message itself arrived");
        assertEquals(200, api("bob").put(INTERACTION + "/notifications/preferences", "{\"muted\":[]}").status());
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
}
