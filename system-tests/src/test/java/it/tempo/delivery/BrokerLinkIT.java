package it.tempo.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Database;
import it.tempo.support.Eventually;
import it.tempo.support.FaultyLink;
import it.tempo.support.Json;
import it.tempo.support.Reply;
import it.tempo.support.Stack;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * F5 and F6 on the links between the servers and the broker: training-war (the producer) and account-war (a consumer)
 * are restarted to reach Artemis through a {@link FaultyLink} the test controls, and put back as they were after.
 * Writes stay available and the servers ready; every event is applied exactly once, nothing is dead-lettered.
 */
class BrokerLinkIT {

    private static final List<String> THROUGH_THE_LINK = List.of("training", "account");
    private static FaultyLink link;
    private Completions completions;

    @BeforeAll
    static void routeThroughTheLink() {
        link = new FaultyLink(Stack.number("TEMPO_BROKER_PORT", 61716));
        for (String server : THROUGH_THE_LINK) {
            Stack.tempo("stop", server);
            Stack.tempoWith(Map.of("TEMPO_BROKER_PORT", String.valueOf(link.port())), "start", server);
        }
    }

    @AfterAll
    static void putBack() {
        link.heal();
        for (String server : THROUGH_THE_LINK) {
            Stack.tempo("stop", server);
            Stack.tempo("start", server);
        }
        link.close();
    }

    @Test
    void aLinkCutForThirtySecondsCostsNoWriteAndNoEvent() throws InterruptedException {
        completions = new Completions(300);
        List<Future<?>> calls = completions.startCompleting();
        Eventually.await(Duration.ofSeconds(60), () -> completions.accepted.get() >= 60, () -> "60 completions accepted");
        link.silence();
        try {
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            Api training = Api.as("alice", Stack.training());
            while (System.nanoTime() < until) {
                for (URI server : List.of(Stack.account(), Stack.training())) {
                    assertEquals(200, Api.anonymous(server).get("/health/ready").status(), server + " stays ready while its broker link is cut");
                }
                Reply created = training.put("/api/v1/training/trainings/" + UUID.randomUUID(), Json.training("While the link is cut"));
                assertEquals(201, created.status(), () -> "a write while the broker link is cut: " + created);
                Thread.sleep(2_000);
            }
        } finally {
            link.heal();
        }
        completions.await(calls);
        assertEquals(300, completions.accepted.get(), "every completion was accepted while the link was cut");
        ExactlyOnce.assertEveryCompletionAppliedOnce(completions, Duration.ofSeconds(240));
    }

    @Test
    void aSlowLossyLinkForTwoMinutesDeliversEveryEventOnce() {
        completions = new Completions(300);
        link.degrade(200, 50, 5);
        List<Future<?>> calls;
        try {
            long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            calls = completions.startCompleting();
            completions.await(calls);
            Eventually.await(Duration.ofMinutes(3), () -> System.nanoTime() >= until, () -> "two minutes of a degraded link");
            long consumed = Database.countAny("SELECT count(*) FROM account.processed_event WHERE event_id = ANY (?)",
                    Database.eventsOf(completions.trainings));
            System.out.printf("through 2 minutes of a 200 ± 50 ms, 5 %% lossy link: %d of 300 events applied by account-war%n", consumed);
            assertTrue(consumed > 0, "the link was slow, not dead: events crossed it");
        } finally {
            link.heal();
        }
        assertEquals(300, completions.accepted.get(), "writes do not wait for the broker link");
        ExactlyOnce.assertEveryCompletionAppliedOnce(completions, Duration.ofSeconds(240));
    }

    @AfterEach
    void close() {
        if (completions != null) {
            completions.close();
        }
    }
}
