package it.tempo.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import it.tempo.support.Reply;
import jakarta.json.JsonObject;
import java.util.List;

/** What every answer to a hostile request must be: no server error, and an error is problem+json without internals. */
final class CleanReplies {

    private static final List<String> INTERNALS = List.of("Exception", "Caused by", "at app.", "at java.", "at jdk.",
            "at org.", "at com.", "at io.", "at jakarta.");

    private CleanReplies() {
    }

    static void assertClean(String request, Reply reply) {
        String answer = JsonText.abbreviated(reply.toString(), 600);
        assertTrue(reply.status() < 500, () -> "a server error for " + request + "\n  answer: " + answer);
        INTERNALS.forEach(internal -> assertTrue(!reply.body().contains(internal),
                () -> "the answer names internals (" + internal + ") for " + request + "\n  answer: " + answer));
        if (reply.status() >= 400) {
            assertEquals("application/problem+json", mediaType(reply), () -> "not problem+json for " + request + "\n  answer: " + answer);
            JsonObject problem = problem(request, reply);
            assertEquals(reply.status(), problem.getInt("status", -1), () -> "the problem's status for " + request);
            assertTrue(problem.getString("type", "").startsWith("https://tempo.app/problems/"), () -> "the problem's type for " + request
                    + "\n  answer: " + answer);
        }
    }

    private static String mediaType(Reply reply) {
        String contentType = reply.contentType();
        return contentType == null ? null : contentType.split(";")[0].trim();
    }

    private static JsonObject problem(String request, Reply reply) {
        try {
            return reply.json();
        } catch (RuntimeException e) {
            return fail("the problem is not a JSON object for " + request + ": " + JsonText.abbreviated(reply.body(), 300));
        }
    }
}
