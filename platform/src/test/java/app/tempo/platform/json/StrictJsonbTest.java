package app.tempo.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonbTest {

    public record Body(String title, Instant at, LocalDate on, List<String> tags) {
    }

    public record Numbers(Integer minutes, Long seconds, Double meters, Boolean retired) {
    }

    private final Jsonb jsonb = StrictJsonb.create();

    @Test
    void ordinaryValuesBind() {
        Body body = jsonb.fromJson("""
                {"title":"Tempo run\\twith \\"quotes\\" and ünïcødé 🏃","at":"2026-11-22T07:00:00+01:00","on":"2026-11-22","tags":["a"]}""",
                Body.class);
        assertEquals("Tempo run\twith \"quotes\" and ünïcødé 🏃", body.title());
        assertEquals(Instant.parse("2026-11-22T06:00:00Z"), body.at());
        assertEquals(LocalDate.of(2026, 11, 22), body.on());
    }

    @Test
    void nullsStayNull() {
        Body body = jsonb.fromJson("{\"title\":null,\"at\":null,\"on\":null}", Body.class);
        assertEquals(null, body.title());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"title\":5}", "{\"title\":true}", "{\"title\":\"nul \\u0000 char\"}", "{\"title\":\"bell \\u0007\"}",
        "{\"title\":\"lone \\ud800 surrogate\"}", "{\"tags\":[7]}", "{\"tags\":[\"\\u0000\"]}",
        "{\"at\":\"+99999-01-01T00:00:00Z\"}", "{\"at\":\"1899-12-31T23:59:59Z\"}", "{\"at\":\"3000-01-01T00:00:00Z\"}",
        "{\"at\":\"2026-11-22T07:00:00\"}", "{\"at\":12}", "{\"on\":\"-300000-01-01\"}", "{\"on\":\"3000-01-01\"}",
        "{\"on\":\"22.11.2026\"}"
    })
    void badValuesFailBinding(String json) {
        assertThrows(JsonbException.class, () -> jsonb.fromJson(json, Body.class));
    }

    @Test
    void numbersAndFlagsBindExactly() {
        Numbers numbers = jsonb.fromJson("{\"minutes\":2147483647,\"seconds\":-9223372036854775808,\"meters\":1.5e3,"
                + "\"retired\":true}", Numbers.class);
        assertEquals(new Numbers(Integer.MAX_VALUE, Long.MIN_VALUE, 1500.0, true), numbers);
        assertEquals(new Numbers(50, 50L, null, false), jsonb.fromJson("{\"minutes\":50.0,\"seconds\":5E1,\"retired\":false}",
                Numbers.class));
        assertEquals(new Numbers(null, null, null, null), jsonb.fromJson("{\"minutes\":null,\"retired\":null}", Numbers.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"minutes\":4294967346}", "{\"minutes\":2147483648}", "{\"minutes\":50.7}", "{\"minutes\":\"50\"}",
        "{\"minutes\":true}", "{\"seconds\":9223372036854775808}", "{\"seconds\":1e30}", "{\"seconds\":0.5}",
        "{\"meters\":\"1.5\"}", "{\"meters\":1e400}", "{\"meters\":[1]}", "{\"retired\":\"yes\"}",
        "{\"retired\":\"true\"}", "{\"retired\":1}", "{\"retired\":{}}"
    })
    void coercionsAreRefused(String json) {
        assertThrows(JsonbException.class, () -> jsonb.fromJson(json, Numbers.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e600000000", "-1e100000000", "1e-100000000", "123456789e-100000000"})
    void hugeExponentsAreRefusedAtOnce(String number) {
        assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"seconds\":" + number + "}", Numbers.class)));
        assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"minutes\":" + number + "}", Numbers.class)));
    }

    @Test
    void theFailureNamesTheField() {
        JsonbException failure = assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"title\":5}", Body.class));
        String messages = "";
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages += cause.getMessage() + " | ";
        }
        assertEquals(true, messages.contains("title"), messages);
    }
}
