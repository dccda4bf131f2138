package it.tempo.authorization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.tempo.support.OpenApi.Operation;
import it.tempo.support.Reply;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One of alice's resources that bob attacks: its collection (server base and path, e.g.
 * {@code http://localhost:19082/api/v1/training/trainings}), its id, how it came to be, and how alice reads it — by
 * its own GET, or, for resources that have none, as an item of her list.
 */
record Target(String collection, String id, String origin, Optional<Operation> read, Optional<Operation> list) {

    /** What alice sees of it now. */
    Snapshot snapshot() {
        if (read.isPresent()) {
            Reply reply = read.get().send("alice", read.get().path(id), (byte[]) null);
            assertEquals(200, reply.status(), () -> "alice reads her " + this + ": " + reply);
            return new Snapshot(reply.header("ETag"), reply.json());
        }
        AtomicReference<JsonObject> item = new AtomicReference<>();
        Pages.walk(list.orElseThrow(), "alice", page -> {
            Pages.withId(page.json(), id).ifPresent(item::set);
            return item.get() == null;
        });
        if (item.get() == null) {
            throw new AssertionError("alice's list no longer holds her " + this);
        }
        return new Snapshot(null, item.get());
    }

    @Override
    public String toString() {
        return collection + "/" + id + " (" + origin + ")";
    }

    record Snapshot(String etag, JsonObject state) {
    }
}
