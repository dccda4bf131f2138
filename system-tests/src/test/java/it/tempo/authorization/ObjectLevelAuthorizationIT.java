package it.tempo.authorization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.authorization.Target.Snapshot;
import it.tempo.support.Database;
import it.tempo.support.OpenApi;
import it.tempo.support.OpenApi.Operation;
import it.tempo.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * For every operation on an id in the served OpenAPI documents, bob sends alice's id and gets 404 (a DELETE: the
 * success a delete of an id nobody has gets) — exactly the answer for an id nobody has, so ids do not leak — and
 * alice's resource stays as it was; bob's lists and sync feeds hold none of her ids.
 */
class ObjectLevelAuthorizationIT {

    private static List<Target> targets = List.of();
    private static final Set<String> ATTACKED = new TreeSet<>();
    private static final Set<String> LISTS = new TreeSet<>();
    private static final AtomicInteger BOBS_REQUESTS = new AtomicInteger();

    @BeforeAll
    static void aliceHasResourcesEverywhere() {
        targets = AlicesResources.prepare();
    }

    @TestFactory
    Stream<DynamicTest> bobCannotSeeOrChangeAlicesResources() {
        List<DynamicTest> tests = new ArrayList<>();
        AlicesResources.operationsOnAnId().forEach((collection, operations) -> operations.forEach(operation -> {
            assertEquals(1, operation.pathParameters().size(), () -> operation.label()
                    + " has several path parameters: say here which of them is alice's id");
            List<Target> hers = targets.stream().filter(target -> target.collection().equals(collection)).toList();
            assertFalse(hers.isEmpty(), () -> "alice has no resource to attack with " + operation.label());
            hers.forEach(target -> tests.add(DynamicTest.dynamicTest("bob " + operation.label() + " on alice's " + target,
                    () -> bobIsTurnedAway(operation, target))));
        }));
        return tests.stream();
    }

    @Test
    void bobsListsHoldNoneOfAlicesIds() {
        List<Operation> lists = OpenApi.operations().stream()
                .filter(operation -> operation.method().equals("GET") && operation.pathParameters().isEmpty() && !operation.stream()).toList();
        Set<String> alicesIds = new HashSet<>(targets.stream().map(Target::id).toList());
        for (Operation list : lists) {
            LISTS.add(list.label());
            Pages.walk(list, "bob", page -> {
                // as a resource ("id" at any depth); her ids may appear as values bob himself sent (his completion's gearIds)
                List<String> shown = Pages.ids(page.json());
                alicesIds.forEach(id -> assertFalse(shown.contains(id), () -> "bob's " + list.label() + " shows alice's " + id));
                return true;
            });
            Set<String> listedHere = new HashSet<>(targets.stream()
                    .filter(target -> target.collection().equals(list.document().base() + list.template())).map(Target::id).toList());
            // alice's own walk finds them, so the walk above could have found them too
            Pages.walk(list, "alice", page -> {
                listedHere.removeIf(id -> page.body().contains(id));
                return !listedHere.isEmpty();
            });
            assertTrue(listedHere.isEmpty(), () -> "alice's " + list.label() + " holds her " + listedHere);
        }
    }

    /** Ids in bodies are checked too: bob naming alice's gear in his completion must not wear it. */
    @Test
    void bobsWritesNamingAlicesIdsChangeNothingOfHers() {
        List<Operation> writes = AlicesIdsInBodies.writesNamingIds();
        assertFalse(writes.isEmpty(), "no write names a resource by id: the served documents lost their uuid formats");
        List<String> alicesIds = targets.stream().map(Target::id).toList();
        Map<Target, Snapshot> before = new HashMap<>();
        targets.forEach(target -> before.put(target, target.snapshot()));
        Instant since = Database.now();
        boolean acceptedSomewhere = false;
        for (Operation write : writes) {
            List<AlicesIdsInBodies.Exchange> exchanges = AlicesIdsInBodies.sendAsBob(write, alicesIds);
            exchanges.forEach(exchange -> AlicesIdsInBodies.assertNoServerError(write, exchange.alices()));
            // accepted, so that whatever it sets off (events, consumers) really runs with her ids; or, where the server
            // checks the reference (a component's bike), refused exactly as a reference to nothing
            exchanges.forEach(exchange -> assertTrue(exchange.leaksNothing(), () -> "bob's " + write.label()
                    + " naming alice's ids is neither accepted nor answered as naming ids nobody has: " + exchange));
            acceptedSomewhere |= exchanges.stream().anyMatch(exchange -> exchange.alices().status() / 100 == 2);
            ATTACKED.add(write.label() + " (alice's ids in the body)");
        }
        assertTrue(acceptedSomewhere, "no write naming alice's ids was accepted, so none set anything off with them");
        Database.awaitEventsSettled(since);
        targets.forEach(target -> assertEquals(before.get(target), target.snapshot(),
                () -> "alice's " + target + " is unchanged after bob named it in " + writes.stream().map(Operation::label).toList()));
    }

    @AfterAll
    static void printWhatWasCovered() {
        System.out.println("ObjectLevelAuthorizationIT: " + ATTACKED.size() + " operations on an id " + ATTACKED + " sent by bob "
                + BOBS_REQUESTS.get() + " times with alice's ids of " + targets.size() + " resources, every one answered as for an id nobody has (404; a delete 204)"
                + " and the resource unchanged; lists without her ids: " + LISTS);
    }

    private static void bobIsTurnedAway(Operation operation, Target target) {
        Snapshot before = target.snapshot();
        byte[] body = AlicesResources.validBody(operation);
        List<String[]> headerVariants = new ArrayList<>();
        headerVariants.add(new String[0]);
        if (!operation.method().equals("GET") && before.etag() != null) {
            headerVariants.add(new String[] {"If-Match", before.etag()});
        }
        for (String[] headers : headerVariants) {
            String request = operation.method() + " " + operation.path(target.id()) + (headers.length == 0 ? "" : " If-Match: " + headers[1]);
            Reply reply = operation.send("bob", operation.path(target.id()), body, headers);
            BOBS_REQUESTS.incrementAndGet();
            if (operation.method().equals("DELETE")) {
                // deleting an id nobody has succeeds (a replayed delete is harmless): so must bob's delete of hers
                Reply unknown = operation.send("bob", operation.path(UUID.randomUUID().toString()), body, headers);
                assertEquals(unknown.status(), reply.status(), () -> "bob's " + request + " answers like one of an unknown id: " + reply);
                assertTrue(reply.status() / 100 == 2, () -> "a delete of an unknown id succeeds: " + request + ": " + reply);
                continue;
            }
            assertEquals(404, reply.status(), () -> "bob's " + request + " on alice's " + target + " must look like an unknown id: " + reply);
            assertTrue(reply.contentType().startsWith("application/problem+json"), () -> request + ": " + reply);
            assertTrue(reply.json().getString("type", "").endsWith("/not-found"), () -> request + ": " + reply);
            if (!operation.createsWithClientId()) {
                // at an id nobody has, a client-id PUT would create bob's own resource; every other operation answers 404
                Reply unknown = operation.send("bob", operation.path(UUID.randomUUID().toString()), body, headers);
                assertEquals(withoutInstance(unknown.json()), withoutInstance(reply.json()),
                        () -> "alice's id answers exactly like an unknown one: " + request);
            }
        }
        ATTACKED.add(operation.label());
        Snapshot after = target.snapshot();
        assertEquals(before, after, () -> "alice's " + target + " is unchanged after bob's " + operation.label());
    }

    private static JsonObject withoutInstance(JsonObject problem) {
        return Json.createObjectBuilder(problem).remove("instance").build();
    }
}
