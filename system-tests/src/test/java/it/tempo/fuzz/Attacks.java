package it.tempo.fuzz;

import it.tempo.fuzz.Bodies.Body;
import it.tempo.support.OpenApi.Operation;
import it.tempo.support.OpenApi.Parameter;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** The generated requests: a hostile body (with header parameters) for an operation, or hostile query parameters. */
final class Attacks {

    /** Stands for alice's current ETag of the resource attacked, known only when the request is sent. */
    static final String CURRENT_ETAG = "current ETag";
    private static final String ABSENT = "absent";
    private static final List<String> HOSTILE_HEADER_VALUES = List.of("*", "W/\"1\"", "\"1\"", "\"0\"", "\"-1\"",
            "\"99999999999999999999\"", "1", "\"\"", "", "garbage", "\"1\", \"2\"", "\"1", "W/", "\"" + "9".repeat(1_000) + "\"",
            "\"<script>alert(1)</script>\"", "\"' OR 1=1--\"", "\"1e308\"", "\"NaN\"");

    private Attacks() {
    }

    /** A body for the operation, at alice's existing resource ({@code atHome}) or at a fresh id. */
    record BodyAttack(Operation operation, boolean atHome, Body body, List<Header> headers) {

        String[] headerPairs(String currentEtag) {
            return headers.stream().flatMap(header -> Stream.of(header.name(),
                    header.value().equals(CURRENT_ETAG) ? currentEtag : header.value())).toArray(String[]::new);
        }

        @Override
        public String toString() {
            return operation.label() + (atHome ? " on alice's resource" : " on a fresh id") + " " + headers + " body " + body;
        }
    }

    record QueryAttack(Operation operation, String query) {

        @Override
        public String toString() {
            return operation.label() + "?" + JsonText.abbreviated(query, 300);
        }
    }

    record Header(String name, String value) {

        @Override
        public String toString() {
            return name + ": " + JsonText.abbreviated(value, 40);
        }
    }

    static Arbitrary<BodyAttack> bodies(List<Operation> operations) {
        return Arbitraries.oneOf(operations.stream().map(operation -> Homes.available(operation)
                ? Arbitraries.frequencyOf(Tuple.of(1, bodies(operation, true)), Tuple.of(2, bodies(operation, false)))
                : bodies(operation, false)).toList());
    }

    private static Arbitrary<BodyAttack> bodies(Operation operation, boolean atHome) {
        return Combinators.combine(Bodies.of(operation.body().orElseThrow(), !atHome), headers(operation, atHome))
                .as((body, headers) -> new BodyAttack(operation, atHome, body, headers));
    }

    static Arbitrary<QueryAttack> queries(List<Operation> operations) {
        return Arbitraries.oneOf(operations.stream().map(operation -> Combinators.combine(operation.parameters("query").stream()
                        .map(Attacks::queryPart).toList())
                .as(parts -> new QueryAttack(operation, parts.stream().filter(part -> !part.isEmpty()).collect(Collectors.joining("&")))))
                .toList());
    }

    private static Arbitrary<String> queryPart(Parameter parameter) {
        Arbitrary<String> hostile = Hostile.queryValue().map(value -> parameter.name() + "=" + value);
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.just(parameter.name() + "=" + Hostile.encoded(text(parameter.schema().validInstance())))),
                Tuple.of(6, hostile),
                Tuple.of(1, hostile.list().ofMinSize(2).ofMaxSize(3).map(repeated -> String.join("&", repeated))));
    }

    private static Arbitrary<List<Header>> headers(Operation operation, boolean atHome) {
        List<Arbitrary<Header>> each = operation.parameters("header").stream().map(parameter -> headerValue(atHome)
                .map(value -> new Header(parameter.name(), value))).toList();
        return each.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(each)
                .as(headers -> headers.stream().filter(header -> !header.value().equals(ABSENT)).toList());
    }

    private static Arbitrary<String> headerValue(boolean atHome) {
        return atHome
                ? Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(CURRENT_ETAG)), Tuple.of(1, Arbitraries.just(ABSENT)),
                        Tuple.of(2, Arbitraries.of(HOSTILE_HEADER_VALUES)))
                : Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(ABSENT)), Tuple.of(2, Arbitraries.of(HOSTILE_HEADER_VALUES)));
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
