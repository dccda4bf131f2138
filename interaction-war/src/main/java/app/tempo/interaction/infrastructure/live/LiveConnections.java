package app.tempo.interaction.infrastructure.live;

import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.sync.ChangeFeed;
import app.tempo.platform.sync.SyncCursor;
import app.tempo.platform.sync.SyncPage;
import app.tempo.platform.telemetry.EventTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.ObservableLongGauge;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The live connections open on this server, by athlete. A signal that an athlete's feed moved makes each of their
 * connections read the feed after its cursor and write what is new; a heartbeat does the same for every connection,
 * so a lost signal costs at most one heartbeat of delay. Every write to a connection happens in its own catch-up
 * task, one at a time: a client that does not read holds up only itself, and is cut off when a write times out.
 * A connection ends when its token expires; an athlete's oldest connection makes room for a new one past the limit.
 */
@ApplicationScoped
public class LiveConnections {

    private static final Logger LOG = Logger.getLogger(LiveConnections.class.getName());
    static final int PAGE = 100;
    /** A change committed but not yet visible (an older transaction still runs) is looked for again this soon. */
    static final Duration NOT_YET_VISIBLE_RETRY = Duration.ofMillis(200);

    @Inject
    ChangeFeed feed;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    @ConfigProperty(name = "tempo.live.heartbeat-seconds", defaultValue = "15")
    int heartbeatSeconds;

    @Inject
    @ConfigProperty(name = "tempo.live.connections-per-athlete", defaultValue = "5")
    int perAthlete;

    private final ConcurrentHashMap<String, Set<LiveConnection>> bySubject = new ConcurrentHashMap<>();
    private ScheduledFuture<?> heartbeats;
    private ObservableLongGauge openGauge;

    @Inject
    OpenTelemetry openTelemetry;

    @PostConstruct
    void start() {
        heartbeats = executor.scheduleAtFixedRate(this::beat, heartbeatSeconds, heartbeatSeconds, TimeUnit.SECONDS);
        openGauge = openTelemetry.getMeter(EventTelemetry.SCOPE).gaugeBuilder("tempo.live.connections").ofLongs()
                .setUnit("{connection}").setDescription("Live channels (SSE and WebSocket) open on this server")
                .buildWithCallback(measurement -> measurement.record(bySubject.values().stream().mapToLong(Set::size).sum()));
    }

    @PreDestroy
    void stop() {
        openGauge.close();
        heartbeats.cancel(false);
        all().forEach(connection -> close(connection, "The server is shutting down: reconnect"));
    }

    /** Where a connection opened without a cursor starts: after everything already in the athlete's feed. */
    public SyncCursor head(String subject, SyncCursor start) {
        return feed.head(subject, start);
    }

    /**
     * Tells the client where it starts, takes the connection in (closing the athlete's oldest one past the limit),
     * catches it up and closes it when its token expires.
     */
    public void open(LiveConnection connection) {
        try {
            connection.opened();
        } catch (IOException e) {
            connection.abort();
            return;
        }
        Set<LiveConnection> own = bySubject.computeIfAbsent(connection.subject(), subject -> ConcurrentHashMap.newKeySet());
        own.add(connection);
        if (own.size() > perAthlete) {
            own.stream().filter(other -> other != connection).min(Comparator.comparing(LiveConnection::openedAt))
                    .ifPresent(oldest -> close(oldest, "A newer live channel of yours replaced this one"));
        }
        long untilExpiry = Math.max(0, Duration.between(Instant.now(), connection.expiresAt()).toMillis());
        connection.expiresWith(executor.schedule(() -> close(connection, "The token expired: reconnect with a fresh one"),
                untilExpiry, TimeUnit.MILLISECONDS));
        catchUp(connection);
    }

    /** Ends the connection, telling the client why (off the caller's thread: the client may not be reading). */
    public void close(LiveConnection connection, String reason) {
        if (forget(connection)) {
            executor.execute(() -> connection.end(reason));
        }
    }

    /** The client went away, or does not read: end the transport without writing to it. */
    public void gone(LiveConnection connection) {
        if (forget(connection)) {
            connection.abort();
        }
    }

    private boolean forget(LiveConnection connection) {
        if (!connection.markClosed()) {
            return false;
        }
        bySubject.computeIfPresent(connection.subject(), (subject, own) -> {
            own.remove(connection);
            return own.isEmpty() ? null : own;
        });
        return true;
    }

    /** These athletes' feeds moved (a signal from any replica). */
    public void feedsMoved(Collection<String> subjects) {
        subjects.forEach(subject -> bySubject.getOrDefault(subject, Set.of()).forEach(this::catchUp));
    }

    private void beat() {
        for (LiveConnection connection : all()) {
            connection.heartbeatDue();
            catchUp(connection);
        }
    }

    private Collection<LiveConnection> all() {
        return bySubject.values().stream().flatMap(Set::stream).toList();
    }

    void catchUp(LiveConnection connection) {
        if (connection.isClosed() || !connection.claim()) {
            return;
        }
        try {
            executor.execute(() -> {
                boolean again = true;
                while (again) {
                    drain(connection);
                    again = connection.release();
                }
            });
        } catch (RuntimeException e) {
            connection.release();
            LOG.log(Level.WARNING, "A live catch-up could not be scheduled; the next signal or heartbeat tries again", e);
        }
    }

    private void drain(LiveConnection connection) {
        try {
            if (connection.takeHeartbeat()) {
                connection.heartbeat();
            }
            while (!connection.isClosed()) {
                SyncPage page = feed.page(connection.subject(), connection.cursor(), PAGE);
                if (!page.changes().isEmpty()) {
                    connection.write(page.changes(), page.cursor());
                    connection.movedTo(SyncCursor.decode(page.cursor()));
                }
                if (!page.hasMore()) {
                    return;
                }
                if (page.changes().isEmpty()) {
                    executor.schedule(() -> catchUp(connection), NOT_YET_VISIBLE_RETRY.toMillis(), TimeUnit.MILLISECONDS);
                    return;
                }
            }
        } catch (IOException e) {
            gone(connection);
        } catch (ProblemException e) {
            close(connection, e.getMessage()); // the feed was purged behind the cursor: the client must sync afresh
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Live catch-up failed; the next signal or heartbeat tries again", e);
        }
    }
}
