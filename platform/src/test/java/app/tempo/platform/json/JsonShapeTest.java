package app.tempo.platform.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"a\":[1,{\"b\":null}]}", " {\"a\":\"x\"} \n"})
    void completeObjectsPass(String body) {
        assertDoesNotThrow(() -> JsonShape.check(bytes(body), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "[{\"title\":\"x\"}]", "\"text\"", "5", "null", "{\"a\":1", "{\"unknown\":[1,2", "{\"unknown\":[{\"x\":[",
        "{\"a\":1}{\"b\":2}", "{\"a\":1} x", "{'a':1}", "{\"a\":01}"
    })
    void anythingElseIsAMalformedBody(String body) {
        ProblemException refusal = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(ProblemException.class, () -> JsonShape.check(bytes(body), false)));
        assertEquals(true, refusal.problem().type().endsWith("/" + ProblemType.MALFORMED_BODY.slug()), refusal.problem().type());
    }

    @Test
    void nestingStopsAtTheLimit() {
        assertDoesNotThrow(() -> JsonShape.check(bytes(nested(JsonShape.MAX_DEPTH)), false));
        ProblemException refusal = assertThrows(ProblemException.class,
                () -> JsonShape.check(bytes(nested(JsonShape.MAX_DEPTH + 1)), false));
        assertEquals("The body is nested deeper than 32 levels", refusal.problem().detail());
    }

    @Test
    void aVeryDeepBodyIsRefusedWithoutExhaustingTheStack() {
        assertThrows(ProblemException.class, () -> JsonShape.check(bytes(nested(200_000)), false));
    }

    @Test
    void theRefusalSaysWhere() {
        ProblemException refusal = assertThrows(ProblemException.class, () -> JsonShape.check(bytes("{\n\"a\": tru }"), false));
        assertEquals(true, refusal.problem().detail().contains("line 2"), refusal.problem().detail());
    }

    @Test
    void listEndpointsTakeArrays() {
        assertEquals(true, JsonShape.expectsArray(List.class));
        assertEquals(false, JsonShape.expectsArray(Record.class));
        assertDoesNotThrow(() -> JsonShape.check(bytes("[{}]"), true));
        assertThrows(ProblemException.class, () -> JsonShape.check(bytes("{}"), true));
    }

    private static String nested(int depth) {
        return "{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
