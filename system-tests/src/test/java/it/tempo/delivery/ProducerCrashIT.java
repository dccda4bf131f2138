package it.tempo.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Database;
import it.tempo.support.Eventually;
import it.tempo.support.Stack;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * F3 and F10: the producing server (training-war) dies while completions flow — killed (SIGKILL) with events committed
 * to its outbox but not yet relayed, or stopped (SIGTERM) under load. Clients repeat what got no answer, as a phone
 * does; every completion a client saw accepted is applied exactly once by both consumers, the outbox is drained after
 * the restart, and nothing is dead-lettered.
 */
class ProducerCrashIT {

    private static final int COUNT = 400;
    private Completions completions;

    @Test
    void aProducerKilledRightAfterItsCommitsLosesNoEvent() {
        survives("KILL");
    }

    @Test
    void aProducerStoppedUnderLoadLosesNoAcknowledgedWrite() {
        survives("TERM");
    }

    private void survives(String signal) {
        completions = new Completions(COUNT);
        List<Future<?>> calls = completions.startCompletingWithRetries();
        Eventually.await(Duration.ofSeconds(60), () -> completions.accepted.get() >= 80, () -> "80 completions accepted");

        Stack.tempo("signal", "training", signal);
        int acceptedAtCrash = completions.accepted.get();
        long unrelayed = Database.countAny("SELECT count(*) FROM training.outbox_event WHERE published_at IS NULL AND event_id = ANY (?)",
                Database.eventsOf(completions.trainings));
        Stack.tempo("start", "training");

        completions.await(calls);
        assertEquals(COUNT, completions.accepted.get(), "every completion was eventually accepted");
        assertTrue(acceptedAtCrash < COUNT, "the server died mid-stream");
        System.out.printf("training-war SIG%s after %d accepted completions, %d committed events not yet relayed; %d requests repeated%n",
                signal, acceptedAtCrash, unrelayed, completions.retried.get());
        ExactlyOnce.assertEveryCompletionAppliedOnce(completions, Duration.ofSeconds(180));
    }

    @AfterEach
    void close() {
        if (completions != null) {
            completions.close();
        }
        Stack.tempo("start", "training");
    }
}
