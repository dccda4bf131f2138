package it.tempo.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Json;
import it.tempo.support.OpenApi;
import it.tempo.support.RawHttp;
import it.tempo.support.Reply;
import it.tempo.support.Sso;
import it.tempo.support.Stack;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BadInputIT {

    private final Api alice = Api.as("alice", Stack.gateway());

    @ParameterizedTest(name = "training {0}")
    @CsvSource(delimiter = '|', value = {
        "malformed JSON        | {\"sport\":\"RUN\",                                              | ",
        "not an object         | [1,2,3]                                                            | ",
        "an array of a training | [{\"sport\":\"RUN\",\"title\":\"x\"}]                            | ",
        "cut short in an unknown field | {\"sport\":\"RUN\",\"title\":\"x\",\"extra\":[1,{\"a\":[2,  | ",
        "two documents         | {\"sport\":\"RUN\",\"title\":\"x\"}{}                           | ",
        "duration wraps around | {\"sport\":\"RUN\",\"title\":\"x\",\"plannedDurationMinutes\":4294967346} | plannedDurationMinutes",
        "duration with a fraction | {\"sport\":\"RUN\",\"title\":\"x\",\"plannedDurationMinutes\":50.7} | plannedDurationMinutes",
        "duration 1e600000000  | {\"sport\":\"RUN\",\"title\":\"x\",\"plannedDurationMinutes\":1e600000000} | plannedDurationMinutes",
        "duration as digits    | {\"sport\":\"RUN\",\"title\":\"x\",\"plannedDurationMinutes\":\"50\"} | plannedDurationMinutes",
        "missing title         | {\"sport\":\"RUN\"}                                                | title",
        "blank title           | {\"sport\":\"RUN\",\"title\":\"  \"}                               | title",
        "unknown sport         | {\"sport\":\"CURLING\",\"title\":\"x\"}                            | sport",
        "duration as text      | {\"sport\":\"RUN\",\"title\":\"x\",\"plannedDurationMinutes\":\"ten\"} | plannedDurationMinutes",
        "duration out of range | {\"sport\":\"RUN\",\"title\":\"x\",\"plannedDurationMinutes\":5000} | plannedDurationMinutes",
        "start not a time      | {\"sport\":\"RUN\",\"title\":\"x\",\"plannedStart\":\"tomorrow\"}  | plannedStart",
        "start in year 99999   | {\"sport\":\"RUN\",\"title\":\"x\",\"plannedStart\":\"+99999-01-01T00:00:00Z\"} | plannedStart",
        "NUL in title          | {\"sport\":\"RUN\",\"title\":\"a\\u0000b\"}                     | title",
        "control char in title | {\"sport\":\"RUN\",\"title\":\"a\\u001bb\"}                     | title",
        "number as title       | {\"sport\":\"RUN\",\"title\":42}                               | title",
        "number as sport       | {\"sport\":7,\"title\":\"x\"}                                   | sport",
        "script in title, too long | {\"sport\":\"RUN\",\"title\":\"<script>alert(1)</script>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"} | title"
    })
    void aBadTrainingIsRefusedWithTheFieldNamedAndNothingWritten(String what, String body, String field) {
        String path = "/api/v1/training/trainings/" + UUID.randomUUID();
        Reply reply = alice.put(path, body);
        assertBadRequest(reply, field);
        assertEquals(404, alice.get(path).status(), "nothing was written");
    }

    @ParameterizedTest(name = "completion {0}")
    @CsvSource(delimiter = '|', value = {
        "negative distance  | {\"completedAt\":\"2026-11-22T07:52:00Z\",\"distanceMeters\":-1,\"durationSeconds\":60}        | distanceMeters",
        "missing duration   | {\"completedAt\":\"2026-11-22T07:52:00Z\",\"distanceMeters\":100}                           | durationSeconds",
        "duration as text   | {\"completedAt\":\"2026-11-22T07:52:00Z\",\"distanceMeters\":100,\"durationSeconds\":\"1h\"} | durationSeconds",
        "gear id not a UUID | {\"completedAt\":\"2026-11-22T07:52:00Z\",\"distanceMeters\":100,\"durationSeconds\":60,\"gearIds\":[\"x\"]} | gearIds",
        "missing time       | {\"distanceMeters\":100,\"durationSeconds\":60}                                             | completedAt",
        "time in year 99999 | {\"completedAt\":\"+99999-11-22T07:52:00Z\",\"distanceMeters\":100,\"durationSeconds\":60}  | completedAt"
    })
    void aBadCompletionIsRefusedAndTheTrainingStaysPlanned(String what, String body, String field) {
        String path = "/api/v1/training/trainings/" + UUID.randomUUID();
        assertEquals(201, alice.put(path, Json.training("Planned")).status());
        assertBadRequest(alice.put(path + "/completion", body), field);
        JsonObject training = alice.get(path).json();
        assertEquals("PLANNED", training.getString("status"), "nothing was half-written");
        assertEquals(1, training.getInt("version"));
    }

    @Test
    void aBadGearItemIsRefused() {
        String path = "/api/v1/account/gear/" + UUID.randomUUID();
        assertBadRequest(alice.put(path, "{\"brand\":\"Asics\",\"model\":\"x\"}"), "type");
        assertBadRequest(alice.put(path, "{\"type\":\"SHOES\",\"brand\":\"Asics\",\"model\":\"x\",\"wearLimitMeters\":-5}"), "wearLimitMeters");
        assertBadRequest(alice.put(path, "{\"type\":\"SHOES\",\"brand\":\"Asics\",\"model\":\"x\",\"startedOn\":\"-300000-01-01\"}"), "startedOn");
        assertBadRequest(alice.put(path, "{\"type\":\"SHOES\",\"brand\":\"A\\u0000\",\"model\":\"x\"}"), "brand");
        assertBadRequest(alice.put(path, "{\"type\":\"SHOES\",\"brand\":\"A\",\"model\":\"x\",\"retired\":\"yes\"}"), "retired");
        assertBadRequest(alice.put(path, "{\"type\":\"SHOES\",\"brand\":\"A\",\"model\":\"x\",\"wearLimitMeters\":\"800000\"}"), "wearLimitMeters");
        assertEquals(404, alice.get(path).status(), "nothing was written");
    }

    @Test
    void aBodyNestedTooDeeplyIsRefusedWithoutExhaustingTheServer() {
        String path = "/api/v1/training/trainings/" + UUID.randomUUID();
        String deep = "{\"sport\":\"RUN\",\"title\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertBadRequest(alice.put(path, deep), null);
        assertEquals(404, alice.get(path).status(), "nothing was written");
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedRatherThanStoredAsReplacementCharacters() {
        String path = "/api/v1/training/trainings/" + UUID.randomUUID();
        byte[] body = "{\"sport\":\"RUN\",\"title\":\"caf\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertBadRequest(OpenApi.send("alice", "PUT", Stack.gateway().resolve(path), body), null);
        assertEquals(404, alice.get(path).status(), "nothing was written");
    }

    @Test
    void aQueryThatIsNotPercentEncodedUtf8NamesTheParameter() {
        String token = "Authorization: Bearer " + Sso.token("alice");
        assertBadRequest(RawHttp.get(Stack.gateway(), "/api/v1/account/gear?cursor=%uD800", token), "cursor");
        assertBadRequest(RawHttp.get(Stack.gateway(), "/api/v1/interaction/notifications?limit=%FF", token), "limit");
    }

    @Test
    void theGatewaysOwnRefusalsAreProblemsToo() {
        Reply uriTooLong = RawHttp.get(Stack.gateway(), "/api/v1/training/trainings?x=" + "a".repeat(20_000));
        assertEquals(414, uriTooLong.status(), uriTooLong::toString);
        assertEquals("application/problem+json", uriTooLong.contentType());
        assertEquals(414, uriTooLong.json().getInt("status"));

        Reply headersTooLarge = RawHttp.get(Stack.gateway(), "/api/v1/training/trainings", "X-Padding: " + "a".repeat(20_000));
        assertEquals(431, headersTooLarge.status(), headersTooLarge::toString);
        assertEquals("application/problem+json", headersTooLarge.contentType());

        Reply unreadable = RawHttp.get(Stack.gateway(), "/api/v1/training/trainings", "Content-Length: nonsense");
        assertEquals(400, unreadable.status(), unreadable::toString);
        assertEquals("application/problem+json", unreadable.contentType());
    }

    @Test
    void serverManagedFieldsInTheBodyAreIgnored() {
        String path = "/api/v1/account/gear/" + UUID.randomUUID();
        Reply created = alice.put(path, "{\"type\":\"SHOES\",\"brand\":\"Asics\",\"model\":\"x\",\"distanceMeters\":99999,\"trainingsCount\":7,\"version\":42}");
        assertEquals(201, created.status(), created::toString);
        assertEquals(0, created.json().getJsonNumber("distanceMeters").doubleValue(), 0.0);
        assertEquals(0, created.json().getInt("trainingsCount"));
        assertEquals(1, created.json().getInt("version"));
    }

    @Test
    void otherMistakesAreProblemsToo() {
        Reply wrongMediaType = alice.putRaw("/api/v1/training/trainings/" + UUID.randomUUID(), "text/plain", "hello");
        assertEquals(415, wrongMediaType.status(), wrongMediaType::toString);
        assertEquals("application/problem+json", wrongMediaType.contentType());

        Reply notAnId = alice.get("/api/v1/training/trainings/not-a-uuid");
        assertEquals(404, notAnId.status(), notAnId::toString);
        assertEquals("application/problem+json", notAnId.contentType());

        Reply badIfMatch = alice.put("/api/v1/training/trainings/" + UUID.randomUUID(), Json.training("x"), "If-Match", "yesterday");
        assertEquals(400, badIfMatch.status(), badIfMatch::toString);

        Reply hugePage = alice.get("/api/v1/interaction/notifications?limit=100000");
        assertBadRequest(hugePage, "limit");
        assertBadRequest(alice.get("/api/v1/interaction/notifications?limit=abc"), "limit");
    }

    @Test
    void anOversizeBodyIsRefusedAtTheGatewayAndAtTheServer() {
        String huge = Json.training("x".repeat(2_000_000));
        String path = "/api/v1/training/trainings/" + UUID.randomUUID();

        Reply atTheGateway = alice.put(path, huge);
        assertEquals(413, atTheGateway.status());
        assertEquals("application/problem+json", atTheGateway.contentType());
        assertEquals(413, atTheGateway.json().getInt("status"));

        assertEquals(413, Api.as("alice", Stack.training()).put(path, huge).status(), "the server's own limit holds without the gateway");
        Reply chunked = Api.as("alice", Stack.training()).putChunked(path, huge);
        assertEquals(413, chunked.status(), "a chunked body has no length to refuse up front; the server stops reading it: " + chunked);
        assertEquals("application/problem+json", chunked.contentType());
        assertEquals(404, alice.get(path).status(), "nothing was written");
    }

    private static void assertBadRequest(Reply reply, String field) {
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType(), reply::toString);
        JsonObject problem = reply.json();
        assertEquals(400, problem.getInt("status"));
        assertTrue(problem.getString("type").startsWith("https://tempo.app/problems/"), problem::toString);
        assertTrue(!reply.body().contains("Exception") && !reply.body().contains("at app."), "no stack trace: " + reply);
        if (field != null) {
            assertTrue(problem.containsKey("errors") && problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .anyMatch(error -> error.getString("field").startsWith(field)), "the problem names " + field + ": " + problem);
        }
    }
}
