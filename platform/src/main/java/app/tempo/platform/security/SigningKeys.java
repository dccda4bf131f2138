package app.tempo.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The SSO's signing keys as this server last saw them, fetched at most once per {@code minInterval} and kept when a
 * fetch fails (a down SSO must not lock out tokens of keys already known).
 *
 * <p>Liberty's MP JWT keeps every key it has ever fetched and fetches, without a timeout, whenever it meets a key id
 * it does not know. So it reads the key set through this class (see {@link KeySetRelay}), which bounds the fetch and
 * its rate, and {@link WithdrawnKeyCheck} refuses tokens whose key the SSO no longer publishes, at most
 * {@code maxAge} after its withdrawal.
 */
public final class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    private final KeySetSource source;
    private final Clock clock;
    private final Duration minInterval;
    private final Duration maxAge;
    private final Executor background;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private volatile KeySet current;
    private Instant lastAttempt = Instant.MIN;

    SigningKeys(KeySetSource source, Clock clock, Duration minInterval, Duration maxAge, Executor background) {
        this.source = source;
        this.clock = clock;
        this.minInterval = minInterval;
        this.maxAge = maxAge;
        this.background = background;
    }

    /**
     * Whether the SSO publishes {@code kid} as a signing key. An unknown id triggers a fetch (a key may just have been
     * rotated in); a known one is answered at once and, when the set is older than {@code maxAge}, refreshed in the
     * background so that a withdrawn key stops being trusted.
     */
    public boolean publishes(String kid) {
        KeySet set = current;
        if (set == null || !set.has(kid)) {
            set = refresh().orElse(null);
        } else if (Duration.between(set.fetchedAt(), clock.instant()).compareTo(maxAge) > 0) {
            refreshInBackground();
        }
        return set != null && set.has(kid);
    }

    /** The key set to hand to Liberty: refreshed first unless that was tried within {@code minInterval}. */
    public Optional<String> document() {
        return refresh().map(KeySet::json);
    }

    /** Fetches the set unless a fetch was tried within {@code minInterval}; the last good set either way. */
    synchronized Optional<KeySet> refresh() {
        Instant now = clock.instant();
        if (Duration.between(lastAttempt, now).compareTo(minInterval) < 0) {
            return Optional.ofNullable(current);
        }
        lastAttempt = now;
        try {
            current = KeySet.parse(source.fetch(), clock.instant());
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "The SSO''s key set could not be fetched from {0}, keeping the last one: {1}",
                    new Object[] {source, e.toString()});
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.ofNullable(current);
    }

    private void refreshInBackground() {
        if (refreshQueued.compareAndSet(false, true)) {
            try {
                background.execute(() -> {
                    try {
                        refresh();
                    } finally {
                        refreshQueued.set(false);
                    }
                });
            } catch (RejectedExecutionException e) {
                refreshQueued.set(false);
            }
        }
    }
}
