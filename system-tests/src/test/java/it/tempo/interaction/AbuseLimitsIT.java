package it.tempo.interaction;

import static it.tempo.interaction.Social.INTERACTION;
import static it.tempo.interaction.Social.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Reply;
import it.tempo.support.Sso;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Per-athlete rates of friend requests, messages and group joins (defaults 30/hour, 60/minute, 30/hour): over the
 * rate an act is refused with 429, problem+json and Retry-After within the window. dave, a user only this test
 * uses, spends his budgets (a rerun within the window finds them spent already, and passes the same way).
 */
class AbuseLimitsIT {

    @BeforeAll
    static void profiles() {
        Social.profile("dave", Social.nickname("dave"), "PUBLIC");
        Social.profile("bob", Social.nickname("bob"), "PUBLIC");
    }

    @Test
    void friendRequests() {
        String bobs = Sso.subject("bob");
        Social.strangers("dave", "bob");
        refusedWithin("friend-requests-per-hour", 30, 3600, () -> {
            Reply asked = api("dave").put(INTERACTION + "/friends/" + bobs, "");
            api("dave").send("DELETE", INTERACTION + "/friends/" + bobs, ""); // cancelled: the next one is a new request
            return asked;
        });
    }

    @Test
    void messages() {
        String chat = Social.befriend("bob", "dave");
        refusedWithin("messages-per-minute", 60, 60, () -> api("dave").send("POST", INTERACTION + "/chats/" + chat + "/messages", Social.message("spam")));
    }

    @Test
    void groupJoins() {
        String group = UUID.randomUUID().toString();
        assertEquals(201, api("bob").put(INTERACTION + "/groups/" + group, "{\"name\":\"Revolving door\"}").status());
        refusedWithin("group-joins-per-hour", 30, 3600, () -> {
            Reply joined = api("dave").put(INTERACTION + "/groups/" + group + "/membership", "");
            api("dave").send("DELETE", INTERACTION + "/groups/" + group + "/membership", "");
            return joined;
        });
        Social.deleteGroup("bob", group);
    }

    /**
     * An act is refused as too many by the server's limit {@code key} (not the gateway's request rate), with a
     * Retry-After inside the window, before more than {@code rate} acts were taken in one window: at most 2 × rate +
     * 1 attempts, since the acts may straddle the edge of a window.
     */
    private static void refusedWithin(String key, int rate, int windowSeconds, Supplier<Reply> act) {
        for (int attempt = 1; attempt <= 2 * rate + 1; attempt++) {
            Reply reply = act.get();
            if (reply.status() == 429) {
                assertEquals("application/problem+json", reply.contentType());
                assertTrue(reply.json().getString("detail").contains(key), reply::toString);
                int retryAfter = Integer.parseInt(reply.header("Retry-After"));
                assertTrue(retryAfter >= 1 && retryAfter <= windowSeconds, () -> "Retry-After " + retryAfter);
                return;
            }
            assertEquals(true, reply.status() / 100 == 2, reply::toString);
        }
        throw new AssertionError(2 * rate + 1 + " acts were taken without a refusal: more than " + rate + " in one window");
    }
}
