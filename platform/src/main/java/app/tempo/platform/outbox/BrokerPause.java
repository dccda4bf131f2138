package app.tempo.platform.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * The relay's back-off while the broker is unreachable. Until it ends the relay claims nothing, whatever commit
 * signals and sweeps ask for, so an outage costs one claim/fail/release pass per back-off period instead of one per
 * commit. Shared between the threads that signal and the one that drains.
 */
final class BrokerPause {

    private final Backoff backoff;
    private int outages;
    private Instant until = Instant.MIN;

    BrokerPause(Backoff backoff) {
        this.backoff = backoff;
    }

    synchronized boolean holds(Instant now) {
        return now.isBefore(until);
    }

    /** Starts, or lengthens, the pause after a failed pass; returns how long it lasts. */
    synchronized Duration brokerUnreachable(Instant now) {
        outages++;
        Duration pause = backoff.after(outages);
        until = now.plus(pause);
        return pause;
    }

    synchronized void brokerReached() {
        outages = 0;
        until = Instant.MIN;
    }
}
