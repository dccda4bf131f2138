package it.tempo.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * The fault matrix's proof that deduplication was exercised, not merely never needed (BARS.md): some event of
     * this run reached a consumer more than once — redelivered after a rollback or crash, or delivered again after
     * it had been applied. Returns how many events did.
     */
    static long assertDeduplicationExercised(Completions completions) {
        List<UUID> events = Database.eventsOf(completions.trainings);
        long redelivered = 0;
        for (String consumer : List.of("account", "interaction")) {
            redelivered += Database.countAny("SELECT count(*) FROM " + consumer + ".processed_event WHERE event_id = ANY (?)"
                    + " AND (delivery_count > 1 OR duplicates > 0)", events);
        }
        System.out.printf("%d of %d deliveries were redeliveries or duplicates%n", redelivered, 2L * events.size());
        assertTrue(redelivered > 0, "some event reached a consumer more than once, so deduplication was exercised");
        return redelivered;
    }

    private static JsonObject shoesOf(Completions completions) {
        return Api.as("alice", Stack.account()).get("/api/v1/account/gear/" + completions.shoes).json();
    }

    private static long consumed(String consumer, List<UUID> events) {
        return Database.countAny("SELECT count(*) FROM " + consumer + ".processed_event WHERE event_id = ANY (?)", events);
    }
}
