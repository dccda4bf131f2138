package it.tempo.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.tempo.support.Api;
import it.tempo.support.Eventually;
import it.tempo.support.Reply;
import it.tempo.support.Sso;
import it.tempo.support.Stack;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** What the interaction tests share: athletes with known profiles, and the acts between them. */
public final class Social {

    public static final String INTERACTION = "/api/v1/interaction";

    private Social() {
    }

    public static Api api(String user) {
        return Api.as(user, Stack.gateway());
    }

    /**
     * Gives the user a profile with this nickname and visibility (account-war), and waits until interaction has it
     * (ProfileChanged travels through the broker). Nicknames are made unique per call so searches find only them.
     */
    public static String profile(String user, String nickname, String visibility) {
        Api api = api(user);
        Reply current = api.get("/api/v1/account/profile");
        assertEquals(200, current.status(), current::toString);
        String body = "{\"nickname\":\"" + nickname + "\",\"sports\":[\"RUN\",\"RIDE\"],\"visibility\":\"" + visibility
                + "\",\"timeZone\":\"UTC\",\"units\":\"METRIC\"}";
        Reply changed = api.put("/api/v1/account/profile", body, "If-Match", current.header("ETag"));
        assertEquals(200, changed.status(), changed::toString);
        String subject = Sso.subject(user);
        Eventually.await(Duration.ofSeconds(30), () -> {
            Reply known = api.get(INTERACTION + "/athletes/" + subject);
            return known.status() == 200 && nickname.equals(known.json().getString("nickname"));
        }, () -> "interaction learned " + user + "'s profile");
        return subject;
    }

    /** A nickname no other run has used: letters and digits from a random id. */
    public static String nickname(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /**
     * Makes the two friends (from whatever they were), and returns their relationship (the direct chat's) id. Friends
     * already stay as they are: a new request would count against the requester's hourly limit.
     */
    public static String befriend(String one, String other) {
        Reply now = api(one).get(INTERACTION + "/friends/" + Sso.subject(other));
        if (now.status() == 200 && now.json().getString("status").equals("FRIENDS")) {
            return now.json().getString("id");
        }
        api(one).send("DELETE", INTERACTION + "/blocks/" + Sso.subject(other), "");
        api(other).send("DELETE", INTERACTION + "/blocks/" + Sso.subject(one), "");
        Reply asked = api(one).put(INTERACTION + "/friends/" + Sso.subject(other), "");
        assertEquals(200, asked.status(), asked::toString);
        Reply accepted = api(other).put(INTERACTION + "/friends/" + Sso.subject(one), "");
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("FRIENDS", accepted.json().getString("status"));
        return accepted.json().getString("id");
    }

    /** Ends whatever the two have: no friendship, no request, no block. */
    static void strangers(String one, String other) {
        api(one).send("DELETE", INTERACTION + "/blocks/" + Sso.subject(other), "");
        api(other).send("DELETE", INTERACTION + "/blocks/" + Sso.subject(one), "");
        api(one).send("DELETE", INTERACTION + "/friends/" + Sso.subject(other), "");
    }

    static List<JsonObject> notifications(String user) {
        return api(user).get(INTERACTION + "/notifications?limit=100").json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** Waits until the user has a notification of this type about {@code reference}, and returns it. */
    static JsonObject awaitNotification(String user, String type, String reference) {
        Eventually.await(Duration.ofSeconds(30), () -> find(user, type, reference) != null,
                () -> user + " was notified (" + type + " about " + reference + "): " + notifications(user));
        return find(user, type, reference);
    }

    private static JsonObject find(String user, String type, String reference) {
        return notifications(user).stream().filter(item -> item.getString("type").equals(type)
                && reference.equals(item.getString("referenceId", null))).findFirst().orElse(null);
    }

    /** The owner deletes the group (tests tidy up: an athlete owns a limited number of groups). */
    static void deleteGroup(String owner, String group) {
        Reply current = api(owner).get(INTERACTION + "/groups/" + group);
        if (current.status() == 200) {
            api(owner).send("DELETE", INTERACTION + "/groups/" + group, "", "If-Match", current.header("ETag"));
        }
    }

    public static String message(String text) {
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"text\":\"" + text + "\"}";
    }
}
