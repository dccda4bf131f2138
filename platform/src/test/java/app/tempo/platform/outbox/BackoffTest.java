package app.tempo.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFromTheFirstDelayUpToTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L),
                IntStream.rangeClosed(1, 7).mapToObj(backoff::after).map(Duration::toSeconds).toList());
        assertEquals(Duration.ofSeconds(30), backoff.after(Integer.MAX_VALUE));
    }

    @Test
    void refusesADelayThatCouldNeverGrowOrAMaximumBelowTheFirstDelay() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(30)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }
}
