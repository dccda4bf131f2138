package it.tempo.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.tempo.support.OpenApi.Operation;
import it.tempo.support.Reply;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Alice's own resources that fuzzed writes target besides fresh ids, so that hostile input also meets an existing
 * resource (changes, completions). One per operation and run; their ETag and body are tracked to prove that a refused
 * write changed nothing.
 */
final class Homes {

    private static final Map<String, Home> HOMES = new ConcurrentHashMap<>();

    private Homes() {
    }

    static boolean available(Operation operation) {
        return creator(operation).isPresent();
    }

    static Home of(Operation operation) {
        return HOMES.computeIfAbsent(operation.label(), label -> Home.create(creator(operation).orElseThrow(), operation));
    }

    /** The client-id PUT that creates what the operation writes to (itself, or its collection's), with a described body. */
    private static Optional<Operation> creator(Operation operation) {
        if (operation.pathParameters().size() != 1) {
            return Optional.empty();
        }
        return operation.document().operations().stream()
                .filter(Operation::createsWithClientId)
                .filter(candidate -> candidate.collection().equals(operation.collection()) && candidate.readTemplate().isPresent())
                .filter(candidate -> candidate.body().map(schema -> !schema.bare()).orElse(true))
                .findFirst();
    }

    static final class Home {

        private final String id;
        private final Operation read;
        private String etag;
        private JsonObject state;

        private Home(String id, Operation read) {
            this.id = id;
            this.read = read;
        }

        static Home create(Operation creator, Operation target) {
            String id = UUID.randomUUID().toString();
            String body = creator.body().map(schema -> schema.validInstance().toString()).orElse(null);
            Reply created = Exchange.send(creator, "alice", creator.path(id), body == null ? null : body.getBytes(StandardCharsets.UTF_8));
            assertEquals(201, created.status(), () -> "alice creates a resource for fuzzing " + target.label()
                    + " with a body built from its schema, " + body + ": " + created);
            Home home = new Home(id, creator.document().operation("GET", creator.readTemplate().orElseThrow()).orElseThrow());
            home.refresh(home.read());
            return home;
        }

        String id() {
            return id;
        }

        String etag() {
            return etag;
        }

        JsonObject state() {
            return state;
        }

        Reply read() {
            Reply reply = Exchange.send(read, "alice", read.path(id), null);
            assertEquals(200, reply.status(), () -> "alice reads her resource " + read.path(id) + ": " + reply);
            return reply;
        }

        void refresh(Reply read) {
            etag = read.header("ETag");
            state = read.json();
        }
    }
}
