package it.tempo.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.tempo.support.Eventually;
import it.tempo.support.Stack;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * F11: a consuming server frozen (SIGSTOP) for 60 s while completions flow, then thawed (SIGCONT). The broker may
 * give its unacknowledged deliveries up meanwhile; every event is applied exactly once, nothing is dead-lettered,
 * and some event reached the consumer more than once, so deduplication was exercised.
 */
class FrozenConsumerIT {

    private static final int COUNT = 400;
    private Completions completions;
    private boolean frozen;

    @Test
    void aConsumerFrozenForAMinuteAppliesEveryEventOnce() throws InterruptedException {
        completions = new Completions(COUNT);
        List<Future<?>> calls = completions.startCompleting();
        Eventually.await(Duration.ofSeconds(60), () -> completions.accepted.get() >= 60, () -> "60 completions accepted");

        Stack.tempo("signal", "account", "STOP");
        frozen = true;
        completions.await(calls);
        // 60 s (BARS F11) plus a margin: Artemis gives a silent connection up after its 60 s TTL, checked every 2 s
        Thread.sleep(65_000);
        Stack.tempo("signal", "account", "CONT");
        frozen = false;

        assertEquals(COUNT, completions.accepted.get(), "writes never depended on the consumer");
        ExactlyOnce.assertEveryCompletionAppliedOnce(completions, Duration.ofSeconds(240));
        ExactlyOnce.assertDeduplicationExercised(completions);
    }

    @AfterEach
    void close() {
        if (frozen) {
            Stack.tempo("signal", "account", "CONT");
        }
        if (completions != null) {
            completions.close();
        }
    }
}
