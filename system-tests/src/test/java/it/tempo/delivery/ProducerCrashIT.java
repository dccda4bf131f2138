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
    private boolean brokerFrozen;

    /** The broker is frozen for a moment first, so that committed events are certainly waiting in the outbox. */
    @Test
    void aProducerKilledRightAfterItsCommitsLosesNoEvent() {
        long unrelayed = survives("KILL", () -> {
            brokerFrozen = true;
            Stack.tempo("signal", "broker", "STOP");
            int before = completions.accepted.get();
            Eventually.await(Duration.ofSeconds(30), () -> completions.accepted.get() >= before + 20,
                    () -> "20 more completions committed while the broker cannot take their events");
        });
        assertTrue(unrelayed > 0, "committed events were still in the outbox when the server died");
    }

    @Test
    void aProducerStoppedUnderLoadLosesNoAcknowledgedWrite() {
        survives("TERM", () -> { });
    }

    /** Returns how many committed events were not yet relayed when the server died. */
    private long survives(String signal, Runnable beforeTheFault) {
        completions = new Completions(COUNT);
        List<Future<?>> calls = completions.startCompletingWithRetries();
        Eventually.await(Duration.ofSeconds(60), () -> completions.accepted.get() >= 80, () -> "80 completions accepted");
        beforeTheFault.run();

        Stack.tempo("signal", "training", signal);
        int acceptedAtCrash = completions.accepted.get();
        long unrelayed = Database.countAny("SELECT count(*) FROM training.outbox_event WHERE published_at IS NULL AND event_id = ANY (?)",
                Database.eventsOf(completions.trainings));
        thawBroker();
        Stack.tempo("start", "training");

        completions.await(calls);
        assertEquals(COUNT, completions.accepted.get(), "every completion was eventually accepted");
        assertTrue(acceptedAtCrash < COUNT, "the server died mid-stream");
        System.out.printf("training-war SIG%s after %d accepted completions, %d committed events not yet relayed; %d requests repeated%n",
                signal, acceptedAtCrash, unrelayed, completions.retried.get());
        ExactlyOnce.assertEveryCompletionAppliedOnce(completions, Duration.ofSeconds(180));
        return unrelayed;
    }

    private void thawBroker() {
        if (brokerFrozen) {
            Stack.tempo("signal", "broker", "CONT");
            brokerFrozen = false;
        }
    }

    @AfterEach
    void close() {
        thawBroker();
        if (completions != null) {
            completions.close();
        }
        Stack.tempo("start", "training");
    }
}
