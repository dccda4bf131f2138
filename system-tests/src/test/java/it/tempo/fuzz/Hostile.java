package it.tempo.fuzz;

import it.tempo.support.OpenApi.Schema;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Values that break careless servers, as JSON fragments for bodies and as raw text for query parameters and headers. */
final class Hostile {

    static final String DEEP_ARRAYS = "[".repeat(10_000) + "]".repeat(10_000);
    static final String DEEP_OBJECTS = "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000);
    static final String LONG_ARRAY = "[" + "1,".repeat(9_999) + "1]";

    static final List<String> NUMBERS = List.of("1e308", "-1e308", "1e-320", "-1e-320", "9223372036854775808",
            "-9223372036854775809", "4294967346", "2147483648", "-2147483649", "1e1000000", "-1e1000000", "1e-1000000", "1e600000000", "-1e100000000", "1e-100000000",
            "-0", "0", "-1", "0.5", "1.0000000000000000000001", "123456789012345678901234567890.5", "1764000000",
            "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e308\"", "\"42\"", "\"0x10\"");

    static final List<String> TEXTS = List.of("", " ", "\u0000", "a\u0000b", "\u001b[2J", "\t\r\n", "\u007f", "\u0085",
            "\u2028\u2029", "\ufeff", "\u202eevil", "\ud800", "\udfff", "x\ud800y", "\ud83d", "\ud83c\udfc3\u200d\u2640\ufe0f",
            "x".repeat(100_000), "\u00e9".repeat(20_000), "\u0000".repeat(1_000), "' OR '1'='1",
            "'; DROP TABLE training.training; --", "\" OR \"\"=\"", "1; SELECT pg_sleep(10)--", "$$; COPY x TO PROGRAM 'id'; $$",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "${jndi:ldap://127.0.0.1:1/x}",
            "#{7*7}", "{{7*7}}", "%s%n%x", "../../../../etc/passwd", "%00", "null", "undefined", "true", "NaN");

    static final List<String> TIMES = List.of("0000-01-01T00:00:00Z", "-300000-01-01T00:00:00Z", "+99999-12-31T23:59:59Z",
            "1899-12-31T23:59:59Z", "1900-01-01T00:00:00Z", "2999-12-31T23:59:59.999999999Z", "3000-01-01T00:00:00Z",
            "2026-02-30T07:00:00Z", "2026-11-22T07:00:00", "2026-11-22T24:00:00Z", "2026-11-22T25:61:61Z",
            "2026-11-22T07:00:00+25:00", "2026-11-22T07:00:00.1234567890123Z", "2026-11-22 07:00:00Z", "2026-W47-7T07:00:00Z",
            "0000-01-01", "-300000-01-01", "+99999-12-31", "1899-12-31", "3000-01-01", "2026-02-30", "2026-13-01", "2026-11-22");

    static final List<String> STRUCTURES = List.of("null", "true", "false", "{}", "[]", "[1]", "[null]", "{\"$ne\":null}",
            "{\"__proto__\":{\"admin\":true}}", DEEP_ARRAYS, DEEP_OBJECTS, LONG_ARRAY);

    /** For query parameters and headers; sent URL-encoded. */
    static final List<String> QUERY_TEXTS = List.of("abc", "-1", "0", "1e99", "1E2", "99999999999999999999",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "2147483648", "-2147483649", "1.5", "0x10",
            " 1", "1 ", "", " ", "null", "NaN", "Infinity", "' OR 1=1--", "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1:1/x}", "\u00e9", "\ud83c\udfc3", "\u0000", "\u001b", "a\nb", "x".repeat(8_000),
            "-1".repeat(3_000), "Zm9vYmFy", "../../etc/passwd");

    /**
     * Appended as they are, not encoded: escapes of bytes that are not UTF-8 text. (Escapes that are not escapes, like
     * {@code %zz}, cannot be sent: java.net.URI refuses them.)
     */
    static final List<String> RAW_QUERY_ESCAPES = List.of("%ED%A0%80", "%C0%80", "%FF", "%00", "%0D%0A", "+", "%2B%2B", "%25");

    private Hostile() {
    }

    /** Any hostile JSON fragment, whatever the schema says. */
    static Arbitrary<String> anyFragment() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(NUMBERS)),
                Tuple.of(4, Arbitraries.of(TEXTS).map(JsonText::string)),
                Tuple.of(2, Arbitraries.of(TIMES).map(JsonText::string)),
                Tuple.of(2, Arbitraries.of(STRUCTURES)),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40).map(JsonText::string)));
    }

    /** Hostile for this property: anything hostile, or just outside (and on) the edges its schema draws. */
    static Arbitrary<String> fragmentFor(Schema property) {
        List<String> edges = edgesOf(property);
        return edges.isEmpty() ? anyFragment()
                : Arbitraries.frequencyOf(Tuple.of(3, anyFragment()), Tuple.of(2, Arbitraries.of(edges)));
    }

    /** A value of a type the property cannot take, so a body carrying it must be refused whatever else it holds. */
    static Arbitrary<String> poisonFor(Schema property) {
        return switch (property.type()) {
            case "array" -> Arbitraries.of("{}", "{\"$ne\":null}", "true", "\"x\"");
            case "object" -> Arbitraries.of("[]", "[1]", "\"x\"", "true");
            default -> Arbitraries.of("{}", "[]", "[1]", "{\"$ne\":null}", "[" + JsonText.string("Fuzz") + "]");
        };
    }

    static Arbitrary<String> queryValue() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(QUERY_TEXTS).map(Hostile::encoded)),
                Tuple.of(2, Arbitraries.of(RAW_QUERY_ESCAPES)),
                Tuple.of(1, Arbitraries.create(() -> UUID.randomUUID().toString())),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(30).map(Hostile::encoded)));
    }

    static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> edgesOf(Schema property) {
        List<String> edges = new ArrayList<>();
        switch (property.type()) {
            case "integer", "number" -> {
                property.lowest().ifPresent(low -> edges.addAll(List.of(plain(low), plain(low.subtract(BigDecimal.ONE)),
                        plain(low.subtract(new BigDecimal("0.000001"))))));
                property.highest().ifPresent(high -> edges.addAll(List.of(plain(high), plain(high.add(BigDecimal.ONE)),
                        plain(high.add(new BigDecimal("0.000001"))))));
                if (property.type().equals("integer")) {
                    edges.addAll(List.of("1.5", "1.0", "\"1\""));
                }
            }
            case "boolean" -> edges.addAll(List.of("\"true\"", "\"yes\"", "1", "0"));
            case "array" -> {
                String valid = property.items().map(items -> items.validInstance().toString()).orElse("1");
                int tooMany = property.maxItems().orElse(1_000) + 1;
                edges.add("[" + String.join(",", Collections.nCopies(tooMany, valid)) + "]");
                edges.add("[" + valid + "," + valid + "]");
                property.items().ifPresent(items -> edgesOf(items).forEach(edge -> edges.add("[" + edge + "]")));
                edges.addAll(List.of("[null]", "[" + DEEP_ARRAYS + "]"));
            }
            default -> edges.addAll(textEdges(property));
        }
        return edges;
    }

    private static List<String> textEdges(Schema property) {
        List<String> texts = new ArrayList<>();
        property.enumeration().stream().findFirst().ifPresent(first -> texts.addAll(List.of(first.toLowerCase(), " " + first,
                first + "\u0000", first + first, "CURLING")));
        property.maxLength().ifPresent(max -> texts.addAll(List.of("x".repeat(max), "x".repeat(max + 1), "\u00e9".repeat(max + 1),
                " ".repeat(max + 1), "\ud83c\udfc3".repeat(max))));
        if (property.format().startsWith("date")) {
            texts.addAll(TIMES);
        }
        if (property.format().equals("uuid")) {
            String uuid = UUID.randomUUID().toString();
            texts.addAll(List.of("not-a-uuid", uuid.toUpperCase(), "{" + uuid + "}", uuid.replace("-", ""), uuid + "\u0000",
                    "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff"));
        }
        return Stream.concat(texts.stream(), Stream.of(" ", "")).map(JsonText::string).toList();
    }

    private static String plain(BigDecimal number) {
        return number.toPlainString();
    }
}
