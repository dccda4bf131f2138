package app.tempo.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {

    private final MutableClock clock = new MutableClock();
    private final FakeOutboxStore store = new FakeOutboxStore(clock);
    private final FakeSender sender = new FakeSender();
    private final InlineExecutor executor = new InlineExecutor();
    private final OutboxRelay relay = new OutboxRelay();

    @BeforeEach
    void wire() {
        relay.store = store;
        relay.sender = sender;
        relay.executor = executor.service();
        relay.clock = clock;
        relay.batchSize = 2;
        relay.leaseSeconds = 30;
        relay.backoffMaxSeconds = 30;
        relay.retryMaxSeconds = 300;
        relay.maxAttempts = 10;
        relay.configure();
    }

    @Test
    void aDrainTheExecutorRefusedDoesNotKeepTheNextSignalFromDraining() {
        OutboxMessage row = store.add("jms/x");
        executor.rejectNext = 1;

        relay.drainSoon();
        assertEquals(0, store.claims, "nothing ran");

        relay.drainSoon();
        assertEquals(2, executor.executeCalls, "the second signal handed a drain to the executor again");
        assertEquals(Set.of(row.eventId()), store.published);
    }

    @Test
    void aRowThatCannotBeSentNeitherHoldsUpTheRowsBehindItNorIsTriedForever() {
        OutboxMessage poison = store.add(FakeSender.POISON);
        List<OutboxMessage> behind = List.of(store.add("jms/x"), store.add("jms/x"), store.add("jms/x"));

        relay.drainSoon();

        behind.forEach(row -> assertTrue(store.published.contains(row.eventId()), "a row behind the poison row waited"));
        assertEquals(1, store.attempts.get(poison.eventId()));

        for (int attempt = 2; attempt <= 10; attempt++) {
            Duration delay = lastDelay(poison);
            clock.advance(delay.minusMillis(1));
            int batches = sender.batches.size();
            relay.drainSoon();
            assertEquals(batches, sender.batches.size(), "tried again before its delay of " + delay);
            clock.advance(Duration.ofMillis(2)); // a lease ends when now() is past it, as in the claim's SQL
            relay.drainSoon();
            assertEquals(attempt, store.attempts.get(poison.eventId()));
        }

        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L),
                store.retryDelays.get(poison.eventId()).stream().map(Duration::toSeconds).toList(),
                "each failure doubles the row's delay");
        assertEquals(1, store.markDeadCalls);
        assertEquals(Set.of(poison.eventId()), store.dead);
        assertEquals(1, store.deadCount());
        assertFalse(store.published.contains(poison.eventId()));

        int batches = sender.batches.size();
        clock.advance(Duration.ofDays(1));
        relay.drainSoon();
        assertEquals(batches, sender.batches.size(), "a dead row is never sent again");
        assertEquals(10, store.attempts.get(poison.eventId()));
    }

    @Test
    void anUnreachableBrokerPausesTheRelayWithAGrowingBackOffThatASuccessResets() {
        OutboxMessage first = store.add("jms/x");
        OutboxMessage second = store.add("jms/x");
        sender.brokerDown = true;

        relay.drainSoon();
        assertEquals(1, store.claims);
        assertEquals(Set.of(first.eventId(), second.eventId()), store.released, "unsent rows are given back");
        assertTrue(store.attempts.isEmpty(), "no row is blamed for the broker");

        IntStream.range(0, 100).forEach(signal -> relay.drainSoon());
        assertEquals(1, store.claims, "no claim while the relay pauses, however many commits signal");

        assertPausedFor(Duration.ofSeconds(1), 2);
        assertPausedFor(Duration.ofSeconds(2), 3);
        assertPausedFor(Duration.ofSeconds(4), 4);

        sender.brokerDown = false;
        clock.advance(Duration.ofSeconds(8));
        relay.drainSoon();
        assertEquals(Set.of(first.eventId(), second.eventId()), store.published);

        store.add("jms/x");
        sender.brokerDown = true;
        relay.drainSoon();
        int claims = store.claims;
        clock.advance(Duration.ofSeconds(1));
        relay.drainSoon();
        assertEquals(claims + 1, store.claims, "after a success the back-off starts again at 1 s");
    }

    @Test
    void theBrokerBackOffStopsGrowingAtItsMaximum() {
        store.add("jms/x");
        sender.brokerDown = true;
        relay.drainSoon();
        int claims = 1;
        for (long pause : new long[] {1, 2, 4, 8, 16, 30, 30}) {
            assertPausedFor(Duration.ofSeconds(pause), ++claims);
        }
    }

    /** The relay pauses exactly {@code pause}: no claim a millisecond before it ends, a claim when it does. */
    private void assertPausedFor(Duration pause, int claimsAfterwards) {
        clock.advance(pause.minusMillis(1));
        relay.drainSoon();
        assertEquals(claimsAfterwards - 1, store.claims, "claimed before a pause of " + pause + " ended");
        clock.advance(Duration.ofMillis(1));
        relay.drainSoon();
        assertEquals(claimsAfterwards, store.claims, "no claim when a pause of " + pause + " ended");
    }

    private Duration lastDelay(OutboxMessage row) {
        List<Duration> delays = store.retryDelays.get(row.eventId());
        return delays.get(delays.size() - 1);
    }
}
