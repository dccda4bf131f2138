package it.tempo.authorization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.OpenApi;
import it.tempo.support.OpenApi.Operation;
import it.tempo.support.OpenApi.Schema;
import it.tempo.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Bob's own writes whose bodies name other resources by id (a completion's gear, later a training's sensors or a
 * chat's members), sent with alice's ids in those fields: whatever the answer, nothing of hers may change.
 */
final class AlicesIdsInBodies {

    private static final Set<String> WRITES = Set.of("PUT", "POST", "PATCH");

    private AlicesIdsInBodies() {
    }

    /**
     * The writes whose body has an id field (a uuid, or an array of uuids); not those on shared resources (a group, a
     * chat: bob reaches them by id by design, and their own tests cover who may do what there).
     */
    static List<Operation> writesNamingIds() {
        return OpenApi.operations().stream().filter(operation -> WRITES.contains(operation.method()) && !operation.shared())
                .filter(operation -> operation.body().map(schema -> !idFields(schema).isEmpty()).orElse(false)).toList();
    }

    /**
     * Sends the write as bob, on a resource of his, once per id field with all of alice's ids (an array field: as many
     * writes as its maxItems needs), and the same write with
     * ids nobody has; the pairs of replies.
     */
    static List<Exchange> sendAsBob(Operation write, List<String> alicesIds) {
        List<Exchange> exchanges = new ArrayList<>();
        Schema schema = write.body().orElseThrow();
        for (Map.Entry<String, Schema> field : idFields(schema).entrySet()) {
            if (field.getValue().type().equals("array")) {
                // as many of her ids at a time as the array may hold, so the write is judged on the ids, not their number
                int perWrite = field.getValue().maxItems().orElse(alicesIds.size());
                for (int from = 0; from < alicesIds.size(); from += perWrite) {
                    List<String> some = alicesIds.subList(from, Math.min(alicesIds.size(), from + perWrite));
                    exchanges.add(new Exchange(write.send("bob", bobsPath(write), bytes(schema, field.getKey(), ids(some))),
                            write.send("bob", bobsPath(write), bytes(schema, field.getKey(), ids(List.of(UUID.randomUUID().toString()))))));
                }
            } else {
                for (String id : alicesIds) {
                    exchanges.add(new Exchange(write.send("bob", bobsPath(write), bytes(schema, field.getKey(), Json.createValue(id))),
                            write.send("bob", bobsPath(write), bytes(schema, field.getKey(), Json.createValue(UUID.randomUUID().toString())))));
                }
            }
        }
        return exchanges;
    }

    /** Bob's write naming alice's ids, and the same naming ids nobody has. */
    record Exchange(Reply alices, Reply nobodys) {

        /** Accepted, or refused exactly as when it names ids nobody has: her ids are no different from unknown ones. */
        boolean leaksNothing() {
            return alices.status() / 100 == 2 || alices.status() == nobodys.status()
                    && Objects.equals(alices.json().get("type"), nobodys.json().get("type"))
                    && Objects.equals(alices.json().get("errors"), nobodys.json().get("errors"));
        }
    }

    private static JsonArray ids(List<String> ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        ids.forEach(array::add);
        return array.build();
    }

    private static Map<String, Schema> idFields(Schema schema) {
        Map<String, Schema> fields = new TreeMap<>();
        schema.properties().forEach((name, property) -> {
            boolean id = property.format().equals("uuid")
                    || property.type().equals("array") && property.items().map(items -> items.format().equals("uuid")).orElse(false);
            if (id) {
                fields.put(name, property);
            }
        });
        return fields;
    }

    /** Where bob writes: a fresh id of his, or a resource he creates first when the write is on a sub-resource. */
    private static String bobsPath(Operation write) {
        if (write.pathParameters().isEmpty()) {
            return write.path("");
        }
        if (write.createsWithClientId()) {
            return write.path(UUID.randomUUID().toString());
        }
        Operation creator = write.document().operations().stream().filter(Operation::createsWithClientId)
                .filter(candidate -> write.pathParameters().size() == 1 && write.template().startsWith(candidate.template() + "/"))
                .findFirst().orElseThrow(() -> new AssertionError("no client-id PUT creates the parent of " + write.label()
                        + ": say here how bob gets a resource of his own to send it to"));
        String id = UUID.randomUUID().toString();
        Reply created = creator.send("bob", creator.path(id), AlicesResources.validBody(creator));
        assertEquals(201, created.status(), () -> "bob creates his own " + creator.label() + ": " + created);
        return write.path(id);
    }

    private static byte[] bytes(Schema schema, String field, JsonValue value) {
        return Json.createObjectBuilder((JsonObject) schema.validInstance()).add(field, value).build().toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    static void assertNoServerError(Operation write, Reply reply) {
        assertTrue(reply.status() < 500, () -> "bob's " + write.label() + " naming alice's ids: " + reply);
    }
}
