package it.tempo.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.fuzz.Attacks.BodyAttack;
import it.tempo.fuzz.Attacks.QueryAttack;
import it.tempo.fuzz.Homes.Home;
import it.tempo.support.OpenApi;
import it.tempo.support.OpenApi.Operation;
import it.tempo.support.Reply;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Every operation with a JSON body or query parameters in the served OpenAPI documents, attacked by alice with
 * generated hostile input: never a 5xx, errors are problem+json naming no internals, and a refused write wrote nothing.
 * jqwik's own edge cases are off: the hostile values are the edge cases, and mixing in jqwik's skews the frequencies.
 * Shrinking is off too: a request that hangs a server thread would be sent again at every step, and the samples are
 * short enough to read as they are.
 */
class FuzzIT {

    private static final List<Operation> WITH_BODY = OpenApi.operations().stream().filter(operation -> operation.body().isPresent()).toList();
    private static final List<Operation> WITH_QUERY = OpenApi.operations().stream()
            .filter(operation -> !operation.parameters("query").isEmpty()).toList();

    @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    void hostileBodiesAreRefusedCleanlyAndAHalfWriteNeverStays(@ForAll("bodyAttacks") BodyAttack attack) {
        Tally.attacked(attack.operation().label());
        if (attack.atHome()) {
            againstAlicesResource(attack);
        } else {
            againstAFreshId(attack);
        }
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.OFF)
    void hostileQueryParametersAreRefusedCleanly(@ForAll("queryAttacks") QueryAttack attack) {
        Operation operation = attack.operation();
        Tally.attacked(operation.label());
        String path = operation.path(name -> UUID.randomUUID().toString()) + "?" + attack.query();
        byte[] body = operation.body().map(schema -> schema.validInstance().toString().getBytes(StandardCharsets.UTF_8))
                .orElse(null);
        CleanReplies.assertClean(attack.toString(), Exchange.send(operation, "alice", path, body));
    }

    @Provide
    Arbitrary<BodyAttack> bodyAttacks() {
        return Attacks.bodies(WITH_BODY);
    }

    @Provide
    Arbitrary<QueryAttack> queryAttacks() {
        return Attacks.queries(WITH_QUERY);
    }

    @AfterContainer
    static void everyOperationWasAttacked() {
        System.out.println("FuzzIT: " + Tally.summary() + ", " + OpenApi.repeatedAfter503() + " repeated after 503 + Retry-After");
        Set<String> fuzzable = new TreeSet<>(Stream.concat(WITH_BODY.stream(), WITH_QUERY.stream()).map(Operation::label).toList());
        assertEquals(fuzzable, new TreeSet<>(Tally.attacked()), "every operation with a body or query parameters was attacked");
    }

    private static void againstAFreshId(BodyAttack attack) {
        Operation operation = attack.operation();
        Map<String, String> ids = new HashMap<>();
        String path = operation.path(name -> ids.computeIfAbsent(name, fresh -> UUID.randomUUID().toString()));
        Reply reply = Exchange.send(operation, "alice", path, attack.body().bytes(), attack.headerPairs("\"1\""));
        CleanReplies.assertClean(attack.toString(), reply);
        if (attack.body().poisoned()) {
            // refused for its body, not for something else about the request (a training nobody has, an If-Match)
            // (the field named may be another hostile member's, or none when the body is refused as a whole)
            assertEquals(400, reply.status(), () -> "a body with a member of the wrong type is refused: " + attack + " answered " + reply);
        } else if (mustBeRefused(attack)) {
            assertTrue(reply.status() >= 400 && reply.status() < 500, () -> "a malformed body is refused: " + attack
                    + " answered " + reply);
        }
        if (reply.status() >= 400) {
            operation.readTemplate().ifPresent(template -> {
                Operation read = operation.document().operation("GET", template).orElseThrow();
                String readPath = read.path(name -> ids.computeIfAbsent(name, fresh -> UUID.randomUUID().toString()));
                Reply after = Exchange.send(read, "alice", readPath, null);
                CleanReplies.assertClean("GET " + readPath + " after " + attack, after);
                assertEquals(404, after.status(), () -> "nothing half-written: " + attack + " answered " + reply.status()
                        + ", then GET " + readPath + " answered " + after);
            });
        }
    }

    /** Every body sent to a fresh id is wrong (see {@link Bodies#of}), except {@code {}} where nothing is required. */
    private static boolean mustBeRefused(BodyAttack attack) {
        return !attack.body().kind().equals("empty object") || !attack.operation().body().orElseThrow().required().isEmpty();
    }

    private static void againstAlicesResource(BodyAttack attack) {
        Operation operation = attack.operation();
        Home home = Homes.of(operation);
        Reply reply = Exchange.send(operation, "alice", operation.path(home.id()), attack.body().bytes(), attack.headerPairs(home.etag()));
        CleanReplies.assertClean(attack.toString(), reply);
        Tally.wroteToAlices(reply.status() < 400);
        Reply after = home.read();
        CleanReplies.assertClean("the read after " + attack, after);
        if (reply.status() >= 400) {
            assertEquals(home.etag(), after.header("ETag"), () -> "a refused write left the version as it was: " + attack + " answered " + reply);
            assertEquals(home.state(), after.json(), () -> "a refused write left the resource as it was: " + attack + " answered " + reply);
        } else {
            home.refresh(after);
        }
    }
}
