package it.tempo.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Database;
import it.tempo.support.Eventually;
import it.tempo.support.Reply;
import it.tempo.support.Sso;
import it.tempo.support.Stack;
import it.tempo.sync.Device;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Participants through the gateway with real tokens: invitations, joining, capacity and the waiting list, leaving and
 * removal; who sees the training (GET and the change feed, a tombstone on losing it) and what is published.
 */
class RosterIT {

    private final Api alice = Api.as("alice", Stack.gateway());
    private final Api bob = Api.as("bob", Stack.gateway());
    private final Api admin = Api.as("admin", Stack.gateway());
    private final String bobs = Sso.subject("bob");
    private final String admins = Sso.subject("admin");
    private final String alices = Sso.subject("alice");

    @Test
    void invitedUsersJoinUpToCapacityTheRestWaitAndMoveUpWhenAPlaceFrees() {
        Device bobsPhone = new Device(bob, "training").atHead();
        UUID training = planned("PRIVATE", 1);
        assertEquals(404, bob.get(path(training)).status(), "a private training is invisible to a stranger");
        assertEquals(404, bob.put(path(training) + "/participation", "").status(), "and cannot be joined");

        assertEquals(200, invite(training, bobs).status());
        assertEquals(200, invite(training, admins).status());
        Reply again = invite(training, bobs);
        assertEquals(200, again.status(), "inviting again is harmless");
        assertEquals(2, again.json().getJsonObject("counts").getInt("invited"));
        assertEquals(200, bob.get(path(training)).status(), "the invitee sees it");
        assertEquals(1, Device.about(bobsPhone.pull(), training).size(), "and it reaches his feed");

        Reply joined = bob.put(path(training) + "/participation", "");
        assertEquals(200, joined.status(), joined::toString);
        assertEquals("JOINED", entryOf(joined, bobs).getString("status"));
        Reply waiting = admin.put(path(training) + "/participation", "");
        assertEquals("WAITING", entryOf(waiting, admins).getString("status"), "capacity 1: the next one waits");
        assertEquals(1, entryOf(waiting, admins).getInt("waitingPosition"));
        assertEquals(200, admin.put(path(training) + "/participation", "").status(), "joining again is harmless");

        assertEquals(403, bob.put(path(training), "{\"sport\":\"RUN\",\"title\":\"Mine now\"}", "If-Match", joined.header("ETag")).status(),
                "a participant does not re-plan");
        assertEquals(403, bob.send("POST", path(training) + "/invitations", "{\"subject\":\"someone\"}").status(), "nor invite");
        assertEquals(403, bob.send("DELETE", path(training), "").status(), "nor delete");

        assertEquals(204, bob.send("DELETE", path(training) + "/participation", "").status());
        assertEquals(204, bob.send("DELETE", path(training) + "/participation", "").status(), "leaving again is harmless");
        Reply roster = alice.get(path(training) + "/participants");
        assertEquals("JOINED", entryOf(roster, admins).getString("status"), "the first in line moved up");
        assertEquals(404, bob.get(path(training)).status(), "who left no longer sees a private training");
        List<JsonObject> onBobsPhone = Device.about(bobsPhone.pull(), training);
        assertTrue(onBobsPhone.get(onBobsPhone.size() - 1).getBoolean("deleted"), () -> "his feed ends with a tombstone: " + onBobsPhone);

        assertEquals(List.of("TrainingScheduled:" + alices, "ParticipantInvited:" + bobs, "ParticipantInvited:" + admins,
                "ParticipantJoined:" + bobs, "ParticipantJoined:" + admins, "ParticipantLeft:" + bobs, "ParticipantJoined:" + admins),
                published(training));
        assertEquals("true", Database.text("SELECT body::json->'data'->>'promoted' FROM training.outbox_event WHERE aggregate_id = ?"
                + " ORDER BY seq DESC LIMIT 1", training.toString()), "the last join is a move up");
    }

    @Test
    void anyoneJoinsAPublicTrainingAndTheOwnerRemovesThem() {
        UUID training = planned("PUBLIC", null);
        assertEquals(200, bob.get(path(training)).status(), "a public training is visible to everyone");
        Reply joined = bob.put(path(training) + "/participation", "");
        assertEquals("JOINED", entryOf(joined, bobs).getString("status"), joined::toString);
        assertEquals(1, alice.get(path(training)).json().getJsonObject("participants").getInt("joined"));

        Reply removed = alice.send("POST", path(training) + "/removals", "{\"subject\":\"" + bobs + "\"}");
        assertEquals(200, removed.status(), removed::toString);
        assertTrue(removed.json().getJsonArray("participants").isEmpty());
        assertEquals(200, alice.send("POST", path(training) + "/removals", "{\"subject\":\"" + bobs + "\"}").status(), "removing again is harmless");
        assertEquals(409, bob.put(path(training) + "/participation", "").status(), "one removed does not join again by himself");
        assertEquals(200, invite(training, bobs).status(), "until the owner invites him again");
        assertEquals("INVITED", entryOf(alice.get(path(training) + "/participants"), bobs).getString("status"));
        assertEquals(List.of("TrainingScheduled:" + alices, "ParticipantJoined:" + bobs, "ParticipantRemoved:" + bobs,
                "ParticipantInvited:" + bobs), published(training));
    }

    /** Two users racing for the last place: one takes it, the other waits, every time. */
    @Test
    void aRaceForTheLastPlaceGivesOnePlaceAndOneWait() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                UUID training = planned("PUBLIC", 1);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Reply>> joins = List.of(bob, admin).stream().map(user -> pool.submit(() -> {
                    start.await();
                    return user.put(path(training) + "/participation", "");
                })).toList();
                start.countDown();
                for (Future<Reply> join : joins) {
                    assertEquals(200, join.get().status(), join.get()::toString);
                }
                JsonObject counts = alice.get(path(training) + "/participants").json().getJsonObject("counts");
                assertEquals(1, counts.getInt("joined"), counts::toString);
                assertEquals(1, counts.getInt("waiting"), counts::toString);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDeletedTrainingLeavesItsParticipantsATombstoneAndACancellation() {
        Device bobsPhone = new Device(bob, "training").atHead();
        UUID training = planned("PRIVATE", null);
        invite(training, bobs);
        assertEquals(200, bob.put(path(training) + "/participation", "").status());
        assertEquals(204, alice.send("DELETE", path(training), "", "If-Match", alice.get(path(training)).header("ETag")).status());
        List<JsonObject> onBobsPhone = Device.about(bobsPhone.pull(), training);
        assertTrue(onBobsPhone.get(onBobsPhone.size() - 1).getBoolean("deleted"), () -> onBobsPhone.toString());
        assertEquals(204, bob.send("DELETE", path(training) + "/participation", "").status());
        String cancelled = Database.text("SELECT body FROM training.outbox_event WHERE aggregate_id = ? AND event_type = 'TrainingCancelled'",
                training.toString());
        assertTrue(cancelled.contains("\"deleted\":true") && cancelled.contains(bobs), cancelled);
    }

    @Test
    void interactionTellsTheRosterOfInvitationsPlacesAndCancellations() {
        UUID training = planned("PRIVATE", 1);
        invite(training, bobs);
        invite(training, admins);
        assertEquals("TRAINING_INVITATION", notificationAbout(bob, training, "invited"));
        bob.put(path(training) + "/participation", "");
        admin.put(path(training) + "/participation", "");
        assertEquals("TRAINING_PARTICIPATION", notificationAbout(alice, training, "joined"), "the owner hears of a taken place");
        assertEquals("TRAINING_PARTICIPATION", notificationAbout(admin, training, "waiting list"), "who waits hears so");
        bob.send("DELETE", path(training) + "/participation", "");
        assertEquals("TRAINING_PARTICIPATION", notificationAbout(admin, training, "A place freed up"), "and hears of moving up");
        alice.put(path(training) + "/status", "{\"status\":\"CANCELLED\"}");
        assertEquals("TRAINING_CANCELLED", notificationAbout(admin, training, "called off"), "the roster hears of a cancellation");
    }

    @Test
    void accountListsTheTrainingsAheadOfEveryoneOnTheRoster() {
        // soon, so that it is among the few soonest of alice's many trainings ahead that the start screen shows
        UUID training = planned("PRIVATE", null, Duration.ofMinutes(10));
        assertEquals("OWNER", upcomingRole(alice, training, "OWNER"));
        invite(training, bobs);
        assertEquals("INVITED", upcomingRole(bob, training, "INVITED"));
        bob.put(path(training) + "/participation", "");
        assertEquals("JOINED", upcomingRole(bob, training, "JOINED"));
        bob.send("DELETE", path(training) + "/participation", "");
        assertEquals("none", upcomingRole(bob, training, "none"), "who left has it no more");
        alice.put(path(training) + "/status", "{\"status\":\"CANCELLED\"}");
        assertEquals("none", upcomingRole(alice, training, "none"), "a cancelled training is not ahead");
    }

    /** Waits until the user's start screen lists the training ahead with that role (or, for "none", not at all). */
    private static String upcomingRole(Api user, UUID training, String expected) {
        String[] role = new String[1];
        Eventually.await(Duration.ofSeconds(30), () -> {
            JsonObject me = user.get("/api/v1/account/me?recent=20").json();
            role[0] = me.getJsonObject("recent").getJsonArray("upcoming").getValuesAs(JsonObject.class).stream()
                    .filter(item -> item.getString("trainingId").equals(training.toString())).map(item -> item.getString("role"))
                    .findFirst().orElse("none");
            return role[0].equals(expected);
        }, () -> "the start screen lists " + training + " as " + expected + ", not " + role[0]);
        return role[0];
    }

    /** Waits for the user's notification about the training whose text holds the words; its type. */
    private static String notificationAbout(Api user, UUID training, String words) {
        String[] type = new String[1];
        Eventually.await(Duration.ofSeconds(30), () -> {
            user.get("/api/v1/interaction/notifications?limit=100").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(item -> training.toString().equals(item.getString("referenceId", null)) && item.getString("text").contains(words))
                    .findFirst().ifPresent(item -> type[0] = item.getString("type"));
            return type[0] != null;
        }, () -> "a notification about " + training + " saying \"" + words + "\"");
        return type[0];
    }

    @Test
    void rosterRulesAnswerClearly() {
        UUID training = planned("PRIVATE", 2);
        for (String bad : new String[] {"{}", "{\"subject\":\"\"}", "{\"subject\":\"a b\"}", "{\"subject\":\"" + "x".repeat(256) + "\"}",
                "{\"subject\":42}"}) {
            Reply reply = alice.send("POST", path(training) + "/invitations", bad);
            assertEquals(400, reply.status(), () -> bad + ": " + reply);
            assertEquals("application/problem+json", reply.contentType());
        }
        assertEquals(409, invite(training, alices).status(), "the owner takes part already");
        assertEquals(409, alice.send("DELETE", path(training) + "/participation", "").status(), "the owner does not leave");
        assertEquals(200, alice.put(path(training) + "/participation", "").status(), "nor needs to join");
        assertEquals(200, alice.put(path(training) + "/status", "{\"status\":\"CANCELLED\"}").status());
        Reply late = invite(training, bobs);
        assertEquals(409, late.status(), () -> "a cancelled training takes no one new: " + late);
        assertEquals(404, alice.get(path(UUID.randomUUID()) + "/participants").status());
    }

    @Test
    void thePlanIsCheckedField() {
        for (String bad : new String[] {
                "{\"sport\":\"RUN\",\"title\":\"t\",\"timeZone\":\"Mars/Olympus\"}",
                "{\"sport\":\"RUN\",\"title\":\"t\",\"capacity\":0}",
                "{\"sport\":\"RUN\",\"title\":\"t\",\"visibility\":\"GROUP\"}",
                "{\"sport\":\"RUN\",\"title\":\"t\",\"visibility\":\"PUBLIC\",\"groupId\":\"" + UUID.randomUUID() + "\"}",
                "{\"sport\":\"RUN\",\"title\":\"t\",\"visibility\":\"GROUP\",\"groupId\":\"not-a-uuid\"}",
                "{\"sport\":\"RUN\",\"title\":\"t\",\"description\":\"" + "d".repeat(4001) + "\"}"}) {
            Reply reply = alice.put(path(UUID.randomUUID()), bad);
            assertEquals(400, reply.status(), () -> bad + ": " + reply);
            assertEquals("application/problem+json", reply.contentType());
        }
        UUID group = UUID.randomUUID();
        Reply planned = alice.put(path(UUID.randomUUID()), "{\"sport\":\"RIDE\",\"title\":\"Club ride\",\"description\":\"Coffee stop\","
                + "\"plannedStart\":\"2026-12-06T08:00:00Z\",\"timeZone\":\"Europe/Berlin\",\"visibility\":\"GROUP\",\"groupId\":\"" + group + "\"}");
        assertEquals(201, planned.status(), planned::toString);
        assertEquals("Europe/Berlin", planned.json().getString("timeZone"));
        assertEquals(group.toString(), planned.json().getString("groupId"));
        assertEquals(alices, planned.json().getString("owner"));
        assertFalse(planned.json().containsKey("capacity") && !planned.json().isNull("capacity"), "no capacity: no limit");
    }

    @Test
    void theSportCatalogueGivesEachSportsMetValue() {
        Reply catalogue = bob.get("/api/v1/training/sports");
        assertEquals(200, catalogue.status(), catalogue::toString);
        List<JsonObject> sports = catalogue.json().getJsonArray("sports").getValuesAs(JsonObject.class);
        JsonObject run = sports.stream().filter(sport -> sport.getString("sport").equals("RUN")).findFirst().orElseThrow();
        assertEquals(8.0, run.getJsonNumber("met").doubleValue());
        assertEquals("12150", run.getString("compendiumCode"));
        assertEquals("SPEED", run.getString("rankedBy"));
        assertEquals(10, sports.size());
    }

    private Reply invite(UUID training, String subject) {
        return alice.send("POST", path(training) + "/invitations", "{\"subject\":\"" + subject + "\"}");
    }

    private UUID planned(String visibility, Integer capacity) {
        // a week ahead, so that it is ahead whenever the test runs
        return planned(visibility, capacity, Duration.ofDays(7));
    }

    private UUID planned(String visibility, Integer capacity, Duration ahead) {
        UUID id = UUID.randomUUID();
        String start = Instant.now().plus(ahead).truncatedTo(ChronoUnit.SECONDS).toString();
        Reply reply = alice.put(path(id), "{\"sport\":\"RUN\",\"title\":\"Roster\",\"plannedStart\":\"" + start + "\","
                + "\"timeZone\":\"Europe/Berlin\",\"visibility\":\"" + visibility + "\"" + (capacity == null ? "" : ",\"capacity\":" + capacity) + "}");
        assertEquals(201, reply.status(), reply::toString);
        return id;
    }

    private static JsonObject entryOf(Reply roster, String subject) {
        return roster.json().getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("subject").equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError(subject + " is not on " + roster));
    }

    private static List<String> published(UUID training) {
        String events = Database.text("SELECT string_agg(event_type || ':' || subject, ',' ORDER BY seq) FROM training.outbox_event"
                + " WHERE aggregate_id = ?", training.toString());
        return List.of(events.split(","));
    }

    private static String path(UUID training) {
        return "/api/v1/training/trainings/" + training;
    }
}
