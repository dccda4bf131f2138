package it.tempo.delivery;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Database;
import it.tempo.support.Eventually;
import it.tempo.support.Stack;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConsumerCrashIT {

    private static final int COUNT = 600;
    private Completions completions;

    @Test
    void aConsumingServerKilledMidStreamLosesNothingAndAppliesNothingTwice() {
        completions = new Completions(COUNT);
        List<Future<?>> calls = completions.startCompleting();
        Eventually.await(Duration.ofSeconds(60), () -> consumedByAccount() >= 50, () -> "account-war consuming");

        Stack.tempo("kill", "account");
        long consumedAtCrash = consumedByAccount();
        completions.await(calls);
        assertTrue(consumedAtCrash < COUNT, "the consumer was killed mid-stream (" + consumedAtCrash + " of " + COUNT + ")");
        System.out.printf("account-war killed after consuming %d of %d%n", consumedAtCrash, COUNT);

        Stack.tempo("start", "account");
        ExactlyOnce.assertEveryCompletionAppliedOnce(completions, Duration.ofSeconds(180));
        ExactlyOnce.assertDeduplicationExercised(completions);
    }

    private long consumedByAccount() {
        List<UUID> events = Database.eventsOf(completions.trainings);
        return events.isEmpty() ? 0 : Database.countAny("SELECT count(*) FROM account.processed_event WHERE event_id = ANY (?)", events);
    }

    @AfterEach
    void close() {
        if (completions != null) {
            completions.close();
        }
        Stack.tempo("start", "account");
    }
}
