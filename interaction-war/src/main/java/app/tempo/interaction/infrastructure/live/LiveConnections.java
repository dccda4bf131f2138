package app.tempo.interaction.infrastructure.live;

import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.sync.ChangeFeed;
import app.tempo.platform.sync.SyncCursor;
import app.tempo.platform.sync.SyncPage;
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
 * so a lost signal costs at most one heartbeat of delay. A connection ends when its token expires.
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

    @PostConstruct
    void start() {
        heartbeats = executor.scheduleAtFixedRate(this::beat, heartbeatSeconds, heartbeatSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        heartbeats.cancel(false);
        all().forEach(connection -> close(connection, "The server is shutting down: reconnect"));
    }

    /** Where a connection opened without a cursor starts: after everything already in the athlete's feed. */
    public SyncCursor head(String subject, SyncCursor start) {
        return feed.head(subject, start);
    }

    /** Takes the connection in, catches it up and closes it when its token expires; 429 beyond the per-athlete limit. */
    public void open(LiveConnection connection) {
        Set<LiveConnection> own = bySubject.computeIfAbsent(connection.subject(), subject -> ConcurrentHashMap.newKeySet());
        synchronized (own) {
            if (own.size() >= perAthlete) {
                throw ProblemException.tooMany("At most " + perAthlete + " live connections per athlete on one server; close one first",
                        heartbeatSeconds);
            }
            own.add(connection);
        }
        try {
            connection.opened();
        } catch (IOException e) {
            gone(connection);
            return;
        }
        long untilExpiry = Math.max(0, Duration.between(Instant.now(), connection.expiresAt()).toMillis());
        executor.schedule(() -> close(connection, "The token expired: reconnect with a fresh one"), untilExpiry, TimeUnit.MILLISECONDS);
        catchUp(connection);
    }

    public void close(LiveConnection connection, String reason) {
        if (connection.isClosed()) {
            return;
        }
        connection.markClosed();
        Set<LiveConnection> own = bySubject.get(connection.subject());
        if (own != null) {
            own.remove(connection);
        }
        connection.end(reason);
    }

    /** The client went away: forget the connection without writing to it. */
    public void gone(LiveConnection connection) {
        connection.markClosed();
        Set<LiveConnection> own = bySubject.get(connection.subject());
        if (own != null) {
            own.remove(connection);
        }
    }

    /** These athletes' feeds moved (a signal from any replica). */
    public void feedsMoved(Collection<String> subjects) {
        subjects.forEach(subject -> bySubject.getOrDefault(subject, Set.of()).forEach(this::catchUp));
    }

    public int count() {
        return bySubject.values().stream().mapToInt(Set::size).sum();
    }

    private void beat() {
        for (LiveConnection connection : all()) {
            try {
                connection.heartbeat();
                catchUp(connection);
            } catch (IOException | RuntimeException e) {
                gone(connection);
            }
        }
    }

    private Collection<LiveConnection> all() {
        return bySubject.values().stream().flatMap(Set::stream).toList();
    }

    void catchUp(LiveConnection connection) {
        if (connection.isClosed() || !connection.claim()) {
            return;
        }
        executor.execute(() -> {
            boolean again = true;
            while (again) {
                drain(connection);
                again = connection.release();
            }
        });
    }

    private void drain(LiveConnection connection) {
        try {
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
