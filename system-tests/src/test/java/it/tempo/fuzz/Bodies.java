package it.tempo.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import it.tempo.support.OpenApi.Schema;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Request bodies for one schema: mostly objects mixing valid, hostile and missing members, and every wrong shape. */
final class Bodies {

    private static final List<byte[]> INVALID_UTF8 = List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0x80});

    private static final List<String> UNKNOWN_NAMES = List.of("owner", "ownerSubject", "status", "version", "id", "completion",
            "distanceMeters", "trainingsCount", "__proto__", "constructor", "", "\u0000", "x".repeat(10_000));

    private Bodies() {
    }

    /** A body as sent; {@code kind} says how it was made, {@code poisoned} that one member has a type its field cannot take. */
    record Body(String kind, byte[] bytes, boolean poisoned) {

        static Body text(String kind, String json) {
            return new Body(kind, json.getBytes(UTF_8), false);
        }

        static Body poisoned(String kind, String json) {
            return new Body(kind, json.getBytes(UTF_8), true);
        }

        @Override
        public String toString() {
            return kind + " " + JsonText.abbreviated(new String(bytes, UTF_8), 300);
        }
    }

    /**
     * Bodies for the schema. A poisoned object carries at least one member of a type its property cannot take, so it
     * must be refused: sent to a fresh id it would otherwise create a resource, and athletes have a quota. An unpoisoned
     * one (sent to alice's existing resource) is mostly valid, so that hostile values that are valid reach the database.
     */
    static Arbitrary<Body> of(Schema schema, boolean poisoned) {
        Arbitrary<String> object = objects(schema, poisoned);
        return Arbitraries.frequencyOf(
                Tuple.of(16, object.map(json -> poisoned && !schema.properties().isEmpty() ? Body.poisoned("object", json) : Body.text("object", json))),
                Tuple.of(1, Arbitraries.just(Body.text("empty object", "{}"))),
                Tuple.of(1, object.map(json -> Body.text("array instead of object", "[" + json + "]"))),
                Tuple.of(1, Arbitraries.of("null", "42", "\"Fuzz\"", "true", "[]", "1e308", "").map(json -> Body.text("scalar", json))),
                Tuple.of(1, Arbitraries.of(Hostile.DEEP_ARRAYS, Hostile.DEEP_OBJECTS).map(json -> Body.text("deep nesting", json))),
                Tuple.of(1, object.map(json -> Body.text("truncated", json.substring(0, json.length() / 2)))),
                Tuple.of(1, object.map(json -> poisoned && !schema.properties().isEmpty()
                        ? Body.poisoned("duplicate members", duplicated(json)) : Body.text("duplicate members", duplicated(json)))),
                Tuple.of(1, Combinators.combine(object, Arbitraries.of(INVALID_UTF8)).as((json, bytes) -> withInvalidUtf8(schema, json, bytes))));
    }

    private static Arbitrary<String> objects(Schema schema, boolean poisoned) {
        List<Map.Entry<String, Schema>> properties = List.copyOf(schema.properties().entrySet());
        Arbitrary<List<String>> declared = properties.isEmpty() ? Arbitraries.just(List.of())
                : Combinators.combine(properties.stream().map(property -> member(property, poisoned)).toList()).as(members -> members);
        Arbitrary<List<String>> unknown = unknownMember(schema).list().ofMaxSize(3);
        Arbitrary<Optional<Poison>> poison = poisoned && !properties.isEmpty()
                ? Arbitraries.integers().between(0, properties.size() - 1).flatMap(index -> Hostile.poisonFor(properties.get(index).getValue())
                        .map(value -> Optional.of(new Poison(index, JsonText.member(properties.get(index).getKey(), value)))))
                : Arbitraries.just(Optional.empty());
        return Combinators.combine(declared, unknown, poison).as((members, extra, poisonMember) -> {
            List<String> all = new ArrayList<>(members);
            poisonMember.ifPresent(p -> all.set(p.index(), p.member()));
            all.addAll(extra);
            return "{" + all.stream().filter(member -> !member.isEmpty()).collect(Collectors.joining(",")) + "}";
        });
    }

    /** The property's member: valid, hostile, or left out (an empty string). */
    private static Arbitrary<String> member(Map.Entry<String, Schema> property, boolean poisoned) {
        Schema schema = property.getValue();
        return Arbitraries.frequencyOf(
                Tuple.of(poisoned ? 3 : 6, Arbitraries.create(() -> schema.validInstance().toString())),
                Tuple.of(poisoned ? 4 : 2, Hostile.fragmentFor(schema)),
                Tuple.of(poisoned ? 2 : 1, Arbitraries.just(""))).map(value -> value.isEmpty() ? "" : JsonText.member(property.getKey(), value));
    }

    private static Arbitrary<String> unknownMember(Schema schema) {
        Arbitrary<String> names = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(UNKNOWN_NAMES)),
                Tuple.of(1, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)));
        // a declared name would be a duplicate that could overwrite the poison
        return Combinators.combine(names.filter(name -> !schema.properties().containsKey(name)), Hostile.anyFragment()).as(JsonText::member);
    }

    private static String duplicated(String object) {
        String members = object.substring(1, object.length() - 1);
        return members.isEmpty() ? object : "{" + members + "," + members + "}";
    }

    /** The object with one more member, last so that it wins, whose string holds bytes that are not UTF-8. */
    private static Body withInvalidUtf8(Schema schema, String object, byte[] invalid) {
        String name = schema.properties().entrySet().stream()
                .filter(property -> property.getValue().type().equals("string") && property.getValue().enumeration().isEmpty()
                        && property.getValue().format().isEmpty())
                .map(Map.Entry::getKey).findFirst().orElse("fuzz");
        String members = object.substring(1, object.length() - 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("{" + members + (members.isEmpty() ? "" : ",") + JsonText.string(name) + ":\"x").getBytes(UTF_8));
        bytes.writeBytes(invalid);
        bytes.writeBytes("x\"}".getBytes(UTF_8));
        return new Body("invalid UTF-8", bytes.toByteArray(), false);
    }

    private record Poison(int index, String member) {
    }
}
