package it.tempo.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.tempo.support.Api;
import it.tempo.support.Eventually;
import it.tempo.support.Stack;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * F5, as this machine can stage it: every link to the broker goes silent for 30 s — the broker frozen with SIGSTOP,
 * so connections stay open but nothing answers, as when a network cuts them without a reset (loopback cannot drop
 * packets without network namespaces). Writes stay available and the servers stay ready throughout; afterwards
 * every event is applied exactly once and nothing is dead-lettered.
 */
class BrokerPartitionIT {

    private static final int COUNT = 400;
    private Completions completions;
    private boolean frozen;

    @Test
    void aSilentBrokerForThirtySecondsCostsNoWriteAndNoEvent() throws InterruptedException {
        completions = new Completions(COUNT);
        List<Future<?>> calls = completions.startCompleting();
        Eventually.await(Duration.ofSeconds(60), () -> completions.accepted.get() >= 60,
                () -> "60 completions accepted");

        Stack.tempo("signal", "broker", "STOP");
        frozen = true;
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            for (URI server : List.of(Stack.account(), Stack.training(), Stack.interaction())) {
                assertEquals(200, Api.anonymous(server).get("/health/ready").status(), server + " stays ready while the broker is silent");
            }
            Thread.sleep(2_000);
        }
        int acceptedWhileSilent = completions.accepted.get();
        Stack.tempo("signal", "broker", "CONT");
        frozen = false;

        completions.await(calls);
        assertEquals(COUNT, completions.accepted.get(), "every completion was accepted, the broker silent or not");
        System.out.printf("broker silent for 30 s; %d of %d completions accepted by its end%n", acceptedWhileSilent, COUNT);
        ExactlyOnce.assertEveryCompletionAppliedOnce(completions, Duration.ofSeconds(240));
    }

    @AfterEach
    void close() {
        if (frozen) {
            Stack.tempo("signal", "broker", "CONT");
        }
        if (completions != null) {
            completions.close();
        }
    }
}
