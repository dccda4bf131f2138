package it.tempo.interaction;

import static it.tempo.interaction.Social.INTERACTION;
import static it.tempo.interaction.Social.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Chats through the gateway with real tokens: direct chats between friends and group chats between members; client
 * message ids, paged history, read markers and unread counts, size limits; text handed back exactly as sent.
 */
class ChatsIT {

    private static String alices;

    @BeforeAll
    static void profiles() {
        alices = Social.profile("alice", Social.nickname("alice"), "PUBLIC");
        Social.profile("bob", Social.nickname("bob"), "PUBLIC");
        Social.profile("admin", Social.nickname("admin"), "PUBLIC");
    }

    @Test
    void friendsWriteEachOtherAndASendIsIdempotent() {
        String chat = Social.befriend("alice", "bob");
        String id = UUID.randomUUID().toString();
        String text = "<script>alert(1)</script> \\\"quoted\\\" {\\\"json\\\": true} ✓ 🚴";
        String body = "{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}";
        Reply sent = api("alice").send("POST", messages(chat), body);
        assertEquals(201, sent.status(), sent::toString);
        assertEquals("<script>alert(1)</script> \"quoted\" {\"json\": true} ✓ 🚴", sent.json().getString("text"),
                "stored and returned as given");
        Reply again = api("alice").send("POST", messages(chat), body);
        assertEquals(200, again.status(), "the same id again is the same message");
        assertEquals(sent.json().getInt("sequence"), again.json().getInt("sequence"));
        assertEquals(409, api("bob").send("POST", messages(chat), body).status(), "a message id is its sender's");

        JsonObject hint = Social.awaitNotification("bob", "CHAT_MESSAGE", chat);
        assertTrue(hint.getString("text").contains("<script>"), "the notification quotes the text as given, for the client to escape");
        JsonObject bobsChat = chatOf("bob", chat);
        assertTrue(bobsChat.getInt("unread") >= 1, bobsChat::toString);
        assertEquals(id, bobsChat.getJsonObject("lastMessage").getString("id"));
        Reply read = api("bob").put(INTERACTION + "/chats/" + chat + "/read", "{\"upTo\":\"" + id + "\"}");
        assertEquals(200, read.status(), read::toString);
        assertEquals(0, chatOf("bob", chat).getInt("unread"));
        assertEquals(404, api("bob").put(INTERACTION + "/chats/" + chat + "/read", "{\"upTo\":\"" + UUID.randomUUID() + "\"}").status());
    }

    @Test
    void historyPagesNewestFirst() {
        String chat = Social.befriend("alice", "bob");
        for (int i = 0; i < 5; i++) {
            assertEquals(201, api(i % 2 == 0 ? "alice" : "bob").send("POST", messages(chat), Social.message("m" + i)).status());
        }
        Reply first = api("bob").get(messages(chat) + "?limit=3");
        List<String> texts = texts(first);
        assertEquals(List.of("m4", "m3", "m2"), texts);
        Reply second = api("bob").get(messages(chat) + "?limit=3&cursor=" + first.json().getString("next"));
        assertEquals(List.of("m1", "m0"), texts(second).subList(0, 2));
        assertEquals(400, api("bob").get(messages(chat) + "?cursor=x").status());
    }

    @Test
    void onlyFriendsWriteDirectlyAndOnlyMembersInAGroup() {
        String chat = Social.befriend("alice", "bob");
        assertEquals(404, api("admin").get(messages(chat)).status(), "a third athlete does not read their chat");
        assertEquals(404, api("admin").send("POST", messages(chat), Social.message("hi")).status(), "nor writes in it");
        assertEquals(201, api("alice").send("POST", messages(chat), Social.message("before we part")).status());
        api("bob").send("DELETE", INTERACTION + "/friends/" + alices, "");
        assertEquals(403, api("bob").send("POST", messages(chat), Social.message("still there?")).status(), "no longer friends");
        assertEquals(200, api("bob").get(messages(chat)).status(), "the history they had stays readable");

        String group = UUID.randomUUID().toString();
        assertEquals(201, api("alice").put(INTERACTION + "/groups/" + group, "{\"name\":\"Chatty\"}").status());
        assertEquals(403, api("bob").send("POST", messages(group), Social.message("let me in")).status());
        assertEquals(404, api("bob").get(messages(group)).status());
        api("bob").put(INTERACTION + "/groups/" + group + "/membership", "");
        assertEquals(201, api("bob").send("POST", messages(group), Social.message("hello group")).status());
        assertEquals(List.of("hello group"), texts(api("alice").get(messages(group))), "a new group's chat holds only this");
        assertEquals(1, chatOf("alice", group).getInt("unread"));
        api("bob").send("DELETE", INTERACTION + "/groups/" + group + "/membership", "");
        assertEquals(404, api("bob").get(messages(group)).status(), "who left reads the group's chat no more");
        Social.deleteGroup("alice", group);
    }

    @Test
    void messagesHaveLimits() {
        String chat = Social.befriend("alice", "bob");
        assertEquals(400, api("alice").send("POST", messages(chat), Social.message("x".repeat(4001))).status());
        assertEquals(400, api("alice").send("POST", messages(chat), Social.message("   ")).status());
        assertEquals(400, api("alice").send("POST", messages(chat), "{\"id\":\"not-a-uuid\",\"text\":\"hi\"}").status());
        assertEquals(400, api("alice").send("POST", messages(chat), "{\"id\":\"" + UUID.randomUUID() + "\",\"text\":\"a\\u0000b\"}").status());
        assertEquals(201, api("alice").send("POST", messages(chat), Social.message("x".repeat(4000))).status());
    }

    private static JsonObject chatOf(String user, String chat) {
        return api(user).get(INTERACTION + "/chats?limit=100").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getJsonObject("chat").getString("chatId").equals(chat)).findFirst()
                .orElseThrow(() -> new AssertionError(user + " has no chat " + chat));
    }

    private static List<String> texts(Reply page) {
        assertEquals(200, page.status(), page::toString);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(item -> item.getString("text")).toList();
    }

    private static String messages(String chat) {
        return INTERACTION + "/chats/" + chat + "/messages";
    }
}
