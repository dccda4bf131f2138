package it.tempo.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Eventually;
import it.tempo.support.Stack;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * F4: PostgreSQL killed while completions flow and their events are consumed, back after 12 s. Clients retry
 * what was refused; every accepted completion is applied exactly once by both consumers — a transient outage
 * dead-letters nothing (before consumers told transient failures apart, some events ended on the dead-letter
 * address after five quick redeliveries and the gear never wore).
 */
class DatabaseCrashIT {

    private static final int COUNT = 300;
    private Completions completions;

    @Test
    void aDatabaseCrashUnderLoadLosesNothingAndDeadLettersNothing() throws InterruptedException {
        completions = new Completions(COUNT);
        List<Future<?>> calls = completions.startCompletingWithRetries();
        Eventually.await(Duration.ofSeconds(60), () -> completions.accepted.get() >= 60, () -> "60 completions accepted");

        Stack.tempo("kill", "db");
        int acceptedAtCrash = completions.accepted.get();
        Thread.sleep(12_000);
        Stack.tempo("start", "db");

        completions.await(calls);
        assertEquals(COUNT, completions.accepted.get(), "every completion was eventually accepted");
        assertTrue(acceptedAtCrash < COUNT, "the database died mid-stream");
        System.out.printf("database killed after %d accepted completions; %d requests repeated by clients%n",
                acceptedAtCrash, completions.retried.get());
        ExactlyOnce.assertEveryCompletionAppliedOnce(completions, Duration.ofSeconds(180));
    }

    @AfterEach
    void close() {
        if (completions != null) {
            completions.close();
        }
        Stack.tempo("start", "db");
    }
}
