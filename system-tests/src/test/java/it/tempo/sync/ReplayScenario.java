package it.tempo.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.tempo.support.Api;
import it.tempo.support.Database;
import it.tempo.support.Reply;
import it.tempo.support.Stack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A phone offline for a long time (BARS: 10,000 queued operations): it queues creations, changes, completions,
 * deletes and repeats across training-war and account-war; meanwhile a second device edits some of the same
 * trainings. The phone pushes its queues (one of them twice, as after a lost answer), merges the conflicts it is
 * told of, marks its notifications read through interaction-war, then pulls every feed from its old cursors and from
 * scratch. Every answer and the final state, on the server and in both replicas, must equal {@link ServerRules}.
 */
final class ReplayScenario {

    static final long SECONDS = 1800;
    private static final String TRAINING = "/api/v1/training/trainings/";
    private static final String GEAR = "/api/v1/account/gear/";
    private static final int BATCH = 200;

    // straight to the servers: the gateway's per-user rate limit (50/s) would throttle the merges' reads, which is the
    // gateway doing its job, not the protocol under test
    private final Map<String, Api> phone = Map.of("training", Api.as("alice", Stack.training()),
            "account", Api.as("alice", Stack.account()), "interaction", Api.as("alice", Stack.interaction()));
    private final Api tablet = Api.as("alice", Stack.training());
    private final ServerRules rules = new ServerRules();
    private final Random random;
    private final String device = "replay-phone-" + UUID.randomUUID();
    private final Map<String, Long> nextId = new HashMap<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> trainings = new ArrayList<>();
    private final List<String> keepers = new ArrayList<>();
    private final List<String> disposable = new ArrayList<>();
    private int sent;

    ReplayScenario(long seed) {
        this.random = new Random(seed);
    }

    /** What one run measured. */
    record Report(int operations, Duration pushing, Duration total, Map<Integer, Integer> statuses) {
    }

    Report run(int operations) {
        long started = System.nanoTime();
        Map<String, Device> incremental = Map.of("training", new Device(phone.get("training"), "training").atHead(),
                "account", new Device(phone.get("account"), "account").atHead(),
                "interaction", new Device(phone.get("interaction"), "interaction").atHead());
        Instant since = Database.now();
        int trainingCount = operations / 7;
        int gearCount = 100;
        List<Queued> creations = new ArrayList<>();
        for (int i = 0; i < gearCount; i++) {
            String id = UUID.randomUUID().toString();
            (i < 20 ? keepers : disposable).add(id);
            creations.add(describeGear(id, "Model 0", null));
        }
        for (int i = 0; i < trainingCount; i++) {
            String id = UUID.randomUUID().toString();
            trainings.add(id);
            creations.add(plan(id, "Planned " + i, 30, null));
        }
        long pushing = System.nanoTime();
        push(creations);
        tabletEdits(trainingCount / 10);
        List<Queued> offline = new ArrayList<>();
        Map<String, Believed> believed = new HashMap<>();
        trainings.forEach(id -> believed.put(id, new Believed(1, "PLANNED", false)));
        disposable.forEach(id -> believed.put(id, new Believed(1, "", false)));
        while (sent + offline.size() < operations) {
            offline.add(nextOfflineChange(believed, offline));
        }
        List<JsonObject> answers = push(offline);
        push(offline); // the answer was lost: the phone sends the same queue again, and everything is answered from the record
        List<Queued> merges = merge(offline, answers);
        push(merges);
        pushing = System.nanoTime() - pushing;
        Database.awaitEventsSettled(since);
        markNotificationsRead(incremental.get("interaction"));
        Database.awaitEventsSettled(since);

        Map<String, JsonObject> fromOldCursors = replica(incremental.get("training").pull(), incremental.get("account").pull());
        Map<String, JsonObject> fromScratch = replica(new Device(phone.get("training"), "training").pull(),
                new Device(phone.get("account"), "account").pull());
        expectEverywhere(fromOldCursors, "the replica pulled from the phone's old cursors");
        expectEverywhere(fromScratch, "the replica pulled from scratch");
        Report report = new Report(sent, Duration.ofNanos(pushing), Duration.ofNanos(System.nanoTime() - started), statuses);
        cleanUp();
        return report;
    }

    /** A queued mutation and the answer the rules expect of it. */
    private record Queued(String domain, JsonObject mutation, int expected) {
    }

    /** What the phone believes of a resource while offline (its own changes applied, nobody else's). */
    private record Believed(long version, String status, boolean deleted) {
    }

    private Queued nextOfflineChange(Map<String, Believed> believed, List<Queued> queue) {
        int dice = random.nextInt(100);
        if (dice < 8 && !queue.isEmpty()) {
            Queued again = queue.get(random.nextInt(queue.size()));
            return repeat(again.domain(), again.mutation());
        }
        if (dice < 20) {
            String id = disposable.get(random.nextInt(disposable.size()));
            Believed item = believed.get(id);
            if (dice < 14 || item.deleted()) {
                Queued change = describeGear(id, "Model " + random.nextInt(1000), item.version());
                believed.put(id, item.deleted() ? item : new Believed(item.version() + 1, "", false));
                return change;
            }
            believed.put(id, new Believed(item.version() + 1, "", true));
            return deleteGear(id, item.version());
        }
        String id = trainings.get(random.nextInt(trainings.size()));
        Believed training = believed.get(id);
        if (dice < 60) {
            Queued change = plan(id, "Renamed " + random.nextInt(100_000), 30, training.version());
            believed.put(id, new Believed(training.version() + 1, training.status(), training.deleted()));
            return change;
        }
        if (dice < 85) {
            List<String> gear = List.of(keepers.get(random.nextInt(keepers.size())));
            Queued completion = complete(id, 1000 + random.nextInt(20_000), gear);
            believed.put(id, new Believed(training.version() + 1, "COMPLETED", training.deleted()));
            return completion;
        }
        believed.put(id, new Believed(training.version() + 1, training.status(), true));
        return deleteTraining(id, training.version());
    }

    private Queued plan(String id, String title, int minutes, Long ifMatch) {
        int expected = rules.planTraining(id, title, minutes, ifMatch);
        JsonObject body = Json.createObjectBuilder().add("sport", "RUN").add("title", title)
                .add("plannedStart", "2026-11-22T07:00:00Z").add("plannedDurationMinutes", minutes).build();
        return new Queued("training", mutation("training", "PUT", TRAINING + id, body, ifMatch), expected);
    }

    private Queued complete(String id, double meters, List<String> gear) {
        int expected = rules.complete(id, meters, gear);
        JsonObject body = Json.createObjectBuilder().add("completedAt", "2026-11-22T07:52:00Z").add("distanceMeters", meters)
                .add("durationSeconds", SECONDS).add("gearIds", Json.createArrayBuilder(gear)).build();
        return new Queued("training", mutation("training", "PUT", TRAINING + id + "/completion", body, null), expected);
    }

    private Queued deleteTraining(String id, Long ifMatch) {
        return new Queued("training", mutation("training", "DELETE", TRAINING + id, null, ifMatch), rules.deleteTraining(id, ifMatch));
    }

    private Queued describeGear(String id, String model, Long ifMatch) {
        int expected = rules.describeGear(id, model, ifMatch);
        JsonObject body = Json.createObjectBuilder().add("type", "SHOES").add("brand", "Replay").add("model", model).build();
        return new Queued("account", mutation("account", "PUT", GEAR + id, body, ifMatch), expected);
    }

    private Queued deleteGear(String id, Long ifMatch) {
        return new Queued("account", mutation("account", "DELETE", GEAR + id, null, ifMatch), rules.deleteGear(id, ifMatch));
    }

    /** The same request queued again as a new mutation: the rules answer it as a repeat. */
    private Queued repeat(String domain, JsonObject original) {
        String method = original.getString("method");
        String path = original.getString("path");
        Long ifMatch = original.containsKey("ifMatch") ? Long.parseLong(original.getString("ifMatch").replace("\"", "")) : null;
        String id = path.replaceAll(".*/(trainings|gear)/([^/]+).*", "$2");
        JsonObject body = original.getJsonObject("body");
        int expected;
        if (domain.equals("account")) {
            expected = method.equals("DELETE") ? rules.deleteGear(id, ifMatch) : rules.describeGear(id, body.getString("model"), ifMatch);
        } else if (method.equals("DELETE")) {
            expected = rules.deleteTraining(id, ifMatch);
        } else if (path.endsWith("/completion")) {
            expected = rules.complete(id, body.getJsonNumber("distanceMeters").doubleValue(),
                    body.getJsonArray("gearIds").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        } else {
            expected = rules.planTraining(id, body.getString("title"), body.getInt("plannedDurationMinutes"), ifMatch);
        }
        return new Queued(domain, mutation(domain, method, path, body, ifMatch), expected);
    }

    private JsonObject mutation(String domain, String method, String path, JsonObject body, Long ifMatch) {
        long id = nextId.merge(domain, 1L, Long::sum);
        JsonObjectBuilder mutation = Json.createObjectBuilder().add("id", id).add("method", method).add("path", path);
        if (body != null) {
            mutation.add("body", body);
        }
        if (ifMatch != null) {
            mutation.add("ifMatch", "\"" + ifMatch + "\"");
        }
        return mutation.build();
    }

    /** The tablet, online, changes the duration of some trainings the phone will change offline. */
    private void tabletEdits(int count) {
        for (int i = 0; i < count; i++) {
            String id = trainings.get(random.nextInt(trainings.size()));
            ServerRules.Training training = rules.trainings.get(id);
            long version = training.version;
            String body = Json.createObjectBuilder().add("sport", "RUN").add("title", training.title)
                    .add("plannedStart", "2026-11-22T07:00:00Z").add("plannedDurationMinutes", training.minutes + 5).build().toString();
            int expected = rules.planTraining(id, training.title, training.minutes + 5, version);
            Reply reply = tablet.put(TRAINING + id, body, "If-Match", "\"" + version + "\"");
            check("the tablet's edit of " + id, expected, reply.status());
            sent++;
        }
    }

    /** Pushes a queue, each domain's part in batches in order (the domains side by side); the answers, in queue order. */
    private List<JsonObject> push(List<Queued> queue) {
        Map<String, List<Integer>> positions = new TreeMap<>();
        for (int i = 0; i < queue.size(); i++) {
            positions.computeIfAbsent(queue.get(i).domain(), domain -> new ArrayList<>()).add(i);
        }
        JsonObject[] answers = new JsonObject[queue.size()];
        List<CompletableFuture<Void>> domains = new ArrayList<>();
        positions.forEach((domain, indexes) -> domains.add(CompletableFuture.runAsync(() -> {
            for (int from = 0; from < indexes.size(); from += BATCH) {
                List<Integer> part = indexes.subList(from, Math.min(indexes.size(), from + BATCH));
                var mutations = Json.createArrayBuilder();
                part.forEach(index -> mutations.add(queue.get(index).mutation()));
                String batch = Json.createObjectBuilder().add("deviceId", device).add("mutations", mutations).build().toString();
                Reply reply = phone.get(domain).send("POST", "/api/v1/" + domain + "/batch", batch);
                assertEquals(200, reply.status(), () -> "a batch to " + domain + ": " + reply);
                List<JsonObject> results = reply.json().getJsonArray("results").getValuesAs(JsonObject.class);
                assertEquals(part.size(), results.size(), () -> "every mutation answered, none stopped: " + reply.json().get("stopReason"));
                for (int i = 0; i < part.size(); i++) {
                    answers[part.get(i)] = results.get(i);
                }
            }
        })));
        domains.forEach(CompletableFuture::join);
        for (int i = 0; i < queue.size(); i++) {
            Queued queued = queue.get(i);
            JsonObject answer = answers[i];
            if (!answer.getBoolean("replayed")) {
                sent++;
                statuses.merge(answer.getInt("status"), 1, Integer::sum);
            }
            check(queued.mutation().toString(), queued.expected(), answer.getInt("status"));
        }
        return List.of(answers);
    }

    /**
     * The phone's merge after a 412: it reads the resource as it now is and applies its own latest intent on top (its
     * title, or its delete), once per resource.
     */
    private List<Queued> merge(List<Queued> offline, List<JsonObject> answers) {
        Map<String, JsonObject> lastIntent = new LinkedHashMap<>();
        for (int i = 0; i < offline.size(); i++) {
            if (answers.get(i).getInt("status") == 412) {
                JsonObject mutation = offline.get(i).mutation();
                lastIntent.put(mutation.getString("path"), mutation);
            }
        }
        List<Queued> merges = new ArrayList<>();
        lastIntent.forEach((path, intent) -> {
            String id = path.substring(path.lastIndexOf('/') + 1);
            boolean gear = path.startsWith(GEAR);
            Reply current = phone.get(gear ? "account" : "training").get(path);
            if (current.status() == 404) { // deleted by a later mutation of the same queue: nothing left to merge
                assertEquals(true, gear ? rules.gear.get(id).deleted : rules.trainings.get(id).deleted, () -> path + " is gone");
                return;
            }
            assertEquals(200, current.status(), () -> "the phone reads " + path + " to merge: " + current);
            long version = Long.parseLong(current.header("ETag").replace("\"", ""));
            long expectedVersion = gear ? rules.gear.get(id).version : rules.trainings.get(id).version;
            assertEquals(expectedVersion, version, () -> "the current version of " + path + ": " + current);
            if (intent.getString("method").equals("DELETE")) {
                merges.add(gear ? deleteGear(id, version) : deleteTraining(id, version));
            } else if (gear) {
                merges.add(describeGear(id, intent.getJsonObject("body").getString("model"), version));
            } else {
                merges.add(plan(id, intent.getJsonObject("body").getString("title"), current.json().getInt("plannedDurationMinutes"), version));
            }
        });
        return merges;
    }

    /** Marks read, through a batch to interaction-war, every notification the phone's completions brought. */
    private void markNotificationsRead(Device notifications) {
        Map<String, String> unread = new LinkedHashMap<>();
        for (JsonObject change : notifications.pull()) {
            JsonObject data = change.getJsonObject("data");
            if (data != null && trainings.contains(data.getString("referenceId", "")) && !data.getBoolean("read")) {
                unread.put(change.getString("id"), data.getString("referenceId"));
            }
        }
        List<String> completed = rules.trainings.entrySet().stream().filter(entry -> entry.getValue().status.equals("COMPLETED"))
                .map(Map.Entry::getKey).sorted().toList();
        assertEquals(completed, unread.values().stream().sorted().toList(), "one notification per completed training");
        List<Queued> reads = new ArrayList<>();
        unread.keySet().forEach(id -> reads.add(new Queued("interaction", mutation("interaction", "PUT",
                "/api/v1/interaction/notifications/" + id + "/read", null, null), 200)));
        push(reads);
        Map<String, Boolean> read = new HashMap<>();
        notifications.pull().forEach(change -> read.put(change.getString("id"), change.getJsonObject("data").getBoolean("read")));
        reads.forEach(queued -> {
            String path = queued.mutation().getString("path");
            String id = path.substring("/api/v1/interaction/notifications/".length(), path.length() - "/read".length());
            assertEquals(Boolean.TRUE, read.get(id), () -> "the feed says notification " + id + " is read");
        });
    }

    /** A replica as the phone keeps it: each change replaces its resource, in the order received. */
    private static Map<String, JsonObject> replica(List<JsonObject> trainingChanges, List<JsonObject> accountChanges) {
        Map<String, JsonObject> replica = new HashMap<>();
        trainingChanges.forEach(change -> replica.put(change.getString("id"), change));
        accountChanges.forEach(change -> replica.put(change.getString("id"), change));
        return replica;
    }

    private void expectEverywhere(Map<String, JsonObject> replica, String where) {
        rules.trainings.forEach((id, training) -> {
            JsonObject change = replica.get(id);
            assertEquals(training.deleted, change.getBoolean("deleted"), () -> where + ": deleted? " + change);
            assertEquals(training.version, change.getJsonNumber("version").longValue(), () -> where + ": version of " + change);
            if (!training.deleted) {
                JsonObject data = change.getJsonObject("data");
                assertEquals(training.title, data.getString("title"), () -> where + ": " + change);
                assertEquals(training.minutes, data.getInt("plannedDurationMinutes"), () -> where + ": " + change);
                assertEquals(training.status, data.getString("status"), () -> where + ": " + change);
            }
        });
        rules.gear.forEach((id, item) -> {
            JsonObject change = replica.get(id);
            assertEquals(item.deleted, change.getBoolean("deleted"), () -> where + ": deleted? " + change);
            assertEquals(item.version, change.getJsonNumber("version").longValue(), () -> where + ": version of " + change);
            if (!item.deleted) {
                JsonObject data = change.getJsonObject("data");
                assertEquals(item.model, data.getString("model"), () -> where + ": " + change);
                assertEquals(item.meters, data.getJsonNumber("distanceMeters").doubleValue(), 0.001, () -> where + ": worn exactly once per completion: " + change);
                assertEquals(item.trainings, data.getInt("trainingsCount"), () -> where + ": " + change);
            }
        });
    }

    private static void check(String what, int expected, int actual) {
        assertEquals(expected, actual, () -> what + " answered " + actual + " where the documented rules say " + expected);
    }

    /** Deletes what the run left, so that repeated runs stay within an athlete's limits (not part of the figures). */
    private void cleanUp() {
        List<Queued> deletes = new ArrayList<>();
        rules.trainings.forEach((id, training) -> {
            if (!training.deleted) {
                deletes.add(deleteTraining(id, null));
            }
        });
        rules.gear.forEach((id, item) -> {
            if (!item.deleted) {
                deletes.add(deleteGear(id, null));
            }
        });
        push(deletes);
    }
}
