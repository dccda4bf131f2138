package it.tempo.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.tempo.support.Api;
import it.tempo.support.Database;
import it.tempo.support.Eventually;
import it.tempo.support.Stack;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The delivery proofs' verdict: each completion's event applied exactly once by both consumers. */
final class ExactlyOnce {

    private ExactlyOnce() {
    }

    static void assertEveryCompletionAppliedOnce(Completions completions, Duration limit) {
        int count = completions.trainings.size();
        List<UUID> events = Database.eventsOf(completions.trainings);
        assertEquals(count, events.size(), "one TrainingCompleted event per accepted completion");

        Eventually.await(limit, () -> consumed("account", events) == count && consumed("interaction", events) == count,
                () -> "every event consumed; account " + consumed("account", events) + ", interaction "
                        + consumed("interaction", events) + " of " + count);

        JsonObject shoes = shoesOf(completions);
        assertEquals(count, shoes.getInt("trainingsCount"), "the shoes were worn once per completion, never twice");
        assertEquals(count * Completions.METERS, shoes.getJsonNumber("distanceMeters").doubleValue(), 0.001);
        assertEquals(count * Completions.SECONDS, shoes.getJsonNumber("durationSeconds").longValue());
        assertEquals(count, Database.countAny(
                "SELECT count(*) FROM interaction.notification WHERE source_event_id = ANY (?)", events),
                "one notification per completion");
        // a row sent just before a crash may wait for its claim lease (30 s) to be re-sent and marked published
        Eventually.await(Duration.ofSeconds(90), () -> Database.countAny(
                "SELECT count(*) FROM training.outbox_event WHERE published_at IS NULL AND event_id = ANY (?)", events) == 0,
                () -> "nothing left unpublished in the outbox");
        assertEquals(count, shoesOf(completions).getInt("trainingsCount"), "a re-sent event was not applied again");
    }

    private static JsonObject shoesOf(Completions completions) {
        return Api.as("alice", Stack.account()).get("/api/v1/account/gear/" + completions.shoes).json();
    }

    private static long consumed(String consumer, List<UUID> events) {
        return Database.countAny("SELECT count(*) FROM " + consumer + ".processed_event WHERE event_id = ANY (?)", events);
    }
}
