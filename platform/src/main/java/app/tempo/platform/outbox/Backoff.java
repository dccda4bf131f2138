package app.tempo.platform.outbox;

import java.time.Duration;

/** An exponential delay: {@code first} after the first failure, doubled after each further one, never above {@code max}. */
record Backoff(Duration first, Duration max) {

    Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < first <= max, not " + first + " and " + max);
        }
    }

    Duration after(int failures) {
        Duration delay = first;
        for (int doubled = 1; doubled < failures && delay.compareTo(max) < 0; doubled++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
