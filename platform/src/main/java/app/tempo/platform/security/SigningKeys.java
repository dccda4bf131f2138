package app.tempo.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The SSO's signing keys as this server last saw them. At most one fetch is under way at a time, and the next starts
 * at least {@code minInterval} after the last one started and ended; a caller waits for a fetch at most {@code wait}, and a failed fetch keeps the last
 * good set (a down SSO must not lock out tokens of keys already known).
 *
 * <p>Liberty's MP JWT keeps every key it has ever fetched and fetches, without a timeout, whenever it meets a key id
 * it does not know. So it reads the key set through this class (see {@link KeySetRelay}), and {@link TokenChecks}
 * refuses tokens whose key the SSO no longer publishes.
 */
public final class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    private final KeySetSource source;
    private final Clock clock;
    private final Duration minInterval;
    private final Duration maxAge;
    private final Duration wait;
    private volatile KeySet current;
    private Instant lastAttempt = Instant.MIN;
    private CompletableFuture<Optional<KeySet>> inFlight;

    SigningKeys(KeySetSource source, Clock clock, Duration minInterval, Duration maxAge, Duration wait) {
        this.source = source;
        this.clock = clock;
        this.minInterval = minInterval;
        this.maxAge = maxAge;
        this.wait = wait;
    }

    /**
     * Whether the SSO publishes {@code kid} as a signing key. An unknown id triggers a fetch (a key may just have been
     * rotated in); a known one is answered at once and, when the set is older than {@code maxAge}, refreshed in the
     * background so that a withdrawn key stops being trusted.
     */
    public boolean publishes(String kid) {
        if (kid == null) {
            return false;
        }
        KeySet set = current;
        if (set == null || !set.has(kid)) {
            set = awaitRefresh().orElse(null);
        } else if (Duration.between(set.fetchedAt(), clock.instant()).compareTo(maxAge) > 0) {
            refresh();
        }
        return set != null && set.has(kid);
    }

    /** The key set to hand to Liberty: refreshed first unless that was tried within {@code minInterval}. */
    public Optional<String> document() {
        return awaitRefresh().map(KeySet::json);
    }

    Optional<KeySet> awaitRefresh() {
        try {
            return refresh().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return Optional.ofNullable(current);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.ofNullable(current);
        }
    }

    /** The fetch under way, a new one, or (within {@code minInterval} of the last) the last good set. */
    synchronized CompletableFuture<Optional<KeySet>> refresh() {
        if (inFlight != null) {
            return inFlight;
        }
        Instant now = clock.instant();
        if (Duration.between(lastAttempt, now).compareTo(minInterval) < 0) {
            return CompletableFuture.completedFuture(Optional.ofNullable(current));
        }
        lastAttempt = now;
        CompletableFuture<Optional<KeySet>> fetch = source.fetch().handle((json, failure) -> {
            if (failure == null) {
                try {
                    current = KeySet.parse(json, clock.instant());
                } catch (IllegalArgumentException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                LOG.log(Level.WARNING, "The SSO''s key set could not be fetched from {0}, keeping the last one: {1}",
                        new Object[] {source, failure.toString()});
            }
            return Optional.ofNullable(current);
        });
        inFlight = fetch;
        fetch.whenComplete((set, failure) -> finished(fetch));
        return fetch;
    }

    /** The interval also runs from a fetch's end: Liberty asks twice for a key it cannot find, and a hung fetch must not double. */
    private synchronized void finished(CompletableFuture<Optional<KeySet>> fetch) {
        if (inFlight == fetch) {
            inFlight = null;
            lastAttempt = clock.instant();
        }
    }
}
