package it.tempo.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Database;
import it.tempo.support.Json;
import it.tempo.support.Reply;
import it.tempo.support.Sso;
import it.tempo.support.Stack;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Per-user data and traffic are bounded: paged lists, a cap on what one athlete owns, a rate limit at the gateway. */
class LimitsIT {

    private static final int GEAR_QUOTA = Stack.number("TEMPO_QUOTA_GEAR_PER_ATHLETE", 500);

    @Test
    void theGearListIsPagedAndWalkingThePagesSeesEveryItemOnce() {
        Api alice = Api.as("alice", Stack.account());
        UUID known = UUID.randomUUID();
        assertEquals(201, alice.put("/api/v1/account/gear/" + known, Json.shoes()).status());
        for (int i = 0; i < 4; i++) {
            alice.put("/api/v1/account/gear/" + UUID.randomUUID(), Json.shoes());
        }
        Set<String> seen = new HashSet<>();
        String cursor = "";
        int pages = 0;
        do {
            JsonObject page = alice.get("/api/v1/account/gear?limit=3&cursor=" + cursor).json();
            List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
            assertTrue(items.size() <= 3, "a page holds at most limit items");
            items.forEach(item -> assertTrue(seen.add(item.getString("id")), "each item once"));
            cursor = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
            pages++;
        } while (cursor != null && pages < 1000);
        long owned = Database.count("SELECT count(*) FROM account.gear WHERE NOT deleted AND owner_subject = "
                + "(SELECT owner_subject FROM account.gear WHERE id = ?)", known);
        assertEquals(owned, seen.size(), "the pages together are the whole list");
        assertTrue(pages >= 2, "more than one page");
        Reply tooBig = alice.get("/api/v1/account/gear?limit=101");
        assertEquals(400, tooBig.status(), tooBig::toString);
    }

    @Test
    void oneAthleteCannotOwnMoreGearThanTheQuota() {
        Api admin = Api.as("admin", Stack.account());
        Reply refused = null;
        for (int i = 0; i <= GEAR_QUOTA && refused == null; i++) {
            Reply reply = admin.put("/api/v1/account/gear/" + UUID.randomUUID(), Json.shoes());
            if (reply.status() != 201) {
                refused = reply;
            }
        }
        assertNotNull(refused, "refused at the quota");
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.contentType());
        assertTrue(refused.json().getString("type").endsWith("/quota-exceeded"), refused::toString);
        UUID probe = UUID.randomUUID();
        admin.put("/api/v1/account/gear/" + probe, Json.shoes());
        assertEquals(404, admin.get("/api/v1/account/gear/" + probe).status(), "nothing written past the quota");
    }

    @Test
    void aUserSendingTooFastGets429WithRetryAfterWhileOthersAreServed() throws Exception {
        Api flooding = Api.withToken(Sso.freshToken("alice"), Stack.gateway());
        Api other = Api.withToken(Sso.freshToken("bob"), Stack.gateway());
        AtomicInteger limited = new AtomicInteger();
        List<Reply> otherWhileLimited = new ArrayList<>();
        List<Reply> refusals = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int client = 0; client < 8; client++) {
                calls.add(clients.submit(() -> {
                    for (int i = 0; i < 150 && limited.get() < 20; i++) {
                        Reply reply = flooding.get("/api/v1/interaction/notifications?limit=1");
                        if (reply.status() == 429) {
                            if (limited.incrementAndGet() == 1) {
                                otherWhileLimited.add(other.get("/api/v1/interaction/notifications?limit=1"));
                            }
                            synchronized (refusals) {
                                refusals.add(reply);
                            }
                        }
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            clients.shutdownNow();
        }
        assertTrue(limited.get() > 0, "some of 1,200 fast requests were refused");
        Reply refusal = refusals.get(0);
        assertEquals("application/problem+json", refusal.contentType());
        assertNotNull(refusal.header("Retry-After"), "Retry-After tells when to come back");
        assertEquals(429, refusal.json().getInt("status"));
        assertEquals(200, otherWhileLimited.get(0).status(), "another user is served while this one is limited");
    }
}
