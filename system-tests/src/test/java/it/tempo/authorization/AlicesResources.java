package it.tempo.authorization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Eventually;
import it.tempo.support.OpenApi;
import it.tempo.support.OpenApi.Operation;
import it.tempo.support.OpenApi.Schema;
import it.tempo.support.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Alice's resources in every collection that has operations on an id, made through the API as the OpenAPI documents
 * describe it: created with every client-id PUT ({@code <collection>/{id}}), and once more for each write on a
 * sub-resource (e.g. a completion, a route), taken through it, which also brings about resources no client creates (e.g. notifications); those
 * are taken from alice's list.
 */
final class AlicesResources {

    private static final Set<String> WRITES = Set.of("PUT", "POST", "PATCH");
    private static final int TAKEN_FROM_A_LIST = 3;

    private AlicesResources() {
    }

    /**
     * The operations on an id, by collection (server base and collection path). Two kinds are left to their own
     * tests: those whose path names an athlete act on the caller's own relationship with them (FriendsIT shows bob's
     * never reach alice's), and those the document marks shared ({@code x-tempo-shared}: a group, which anyone reaches
     * by its id and whose roles answer 403; GroupsIT).
     */
    static Map<String, List<Operation>> operationsOnAnId() {
        return OpenApi.operations().stream()
                .filter(operation -> !operation.pathParameters().isEmpty() && !operation.namesAnAthlete() && !operation.shared())
                .collect(Collectors.groupingBy(AlicesResources::collectionOf, LinkedHashMap::new, Collectors.toList()));
    }

    static String collectionOf(Operation operation) {
        return operation.document().base() + operation.collection();
    }

    static List<Target> prepare() {
        Map<String, List<Operation>> collections = operationsOnAnId();
        List<Target> targets = new ArrayList<>();
        collections.forEach((collection, operations) -> operations.stream().filter(Operation::createsWithClientId).findFirst()
                .ifPresent(creator -> targets.addAll(created(collection, creator, operations))));
        collections.forEach((collection, operations) -> {
            if (operations.stream().noneMatch(Operation::createsWithClientId)) {
                targets.addAll(fromHerList(collection, operations.get(0)));
            }
        });
        return targets;
    }

    private static List<Target> created(String collection, Operation creator, List<Operation> operations) {
        Optional<Operation> read = operations.stream()
                .filter(operation -> operation.method().equals("GET") && operation.template().equals(creator.template())).findFirst();
        Optional<Operation> list = creator.document().operation("GET", creator.collection());
        List<Target> targets = new ArrayList<>();
        targets.add(new Target(collection, create(creator), "created by alice", read, list));
        List<Operation> subResourceWrites = operations.stream()
                .filter(operation -> WRITES.contains(operation.method()) && operation.template().startsWith(creator.template() + "/")).toList();
        // one resource per sub-resource write: each may leave it where another no longer applies (a completed training
        // takes no new route)
        subResourceWrites.forEach(write -> {
            String id = create(creator);
            Reply reply = write.send("alice", write.path(id), validBody(write));
            // 409: the write needs a state a body built from its schema cannot name (approving a request nobody made);
            // the resource it was sent to is still one of hers to attack
            assertTrue(reply.status() >= 200 && reply.status() < 300 || reply.status() == 409,
                    () -> "alice " + write.label() + " on her own " + id + ": " + reply);
            targets.add(new Target(collection, id, "created, then " + write.label(), read, list));
        });
        return targets;
    }

    private static List<Target> fromHerList(String collection, Operation anyOperation) {
        Operation list = anyOperation.document().operation("GET", anyOperation.collection())
                .orElseThrow(() -> new AssertionError("no way to get an id of alice's for " + anyOperation.label()
                        + ": nothing creates its resources with a client id and there is no list GET " + anyOperation.collection()));
        List<String> ids = new ArrayList<>();
        Eventually.await(Duration.ofSeconds(30), () -> {
            Reply page = list.send("alice", list.path(""), (byte[]) null);
            ids.clear();
            ids.addAll(Pages.ids(page.json()).stream().limit(TAKEN_FROM_A_LIST).toList());
            return !ids.isEmpty();
        }, () -> "alice's " + list.label() + " holds something");
        return ids.stream().map(id -> new Target(collection, id, "from alice's list", Optional.empty(), Optional.of(list))).toList();
    }

    private static String create(Operation creator) {
        String id = UUID.randomUUID().toString();
        byte[] body = validBody(creator);
        Reply reply = creator.send("alice", creator.path(id), body);
        assertEquals(201, reply.status(), () -> "alice creates " + creator.label() + " with a body built from its schema, "
                + (body == null ? "none" : new String(body, StandardCharsets.UTF_8)) + ": " + reply);
        return id;
    }

    /** A valid body from the operation's schema; an operation whose schema describes nothing cannot be covered. */
    static byte[] validBody(Operation operation) {
        if (operation.body().isEmpty()) {
            return operation.upload().map(OpenApi.Upload::example).orElse(null); // a file: the document's example
        }
        Schema schema = operation.body().get();
        assertTrue(!schema.bare(), () -> operation.label() + " takes a " + schema.name() + " the OpenAPI document does not describe:"
                + " describe it so a valid body can be built");
        return schema.validInstance().toString().getBytes(StandardCharsets.UTF_8);
    }
}
