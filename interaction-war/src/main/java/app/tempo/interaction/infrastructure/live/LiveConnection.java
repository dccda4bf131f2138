package app.tempo.interaction.infrastructure.live;

import app.tempo.platform.sync.SyncCursor;
import app.tempo.platform.sync.SyncPage;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One open live channel of one athlete: where in their feed it stands, and how to write to its transport. Pages are
 * written by one catch-up at a time ({@link LiveConnections}), in feed order.
 */
public abstract class LiveConnection {

    private final String subject;
    private final Instant expiresAt;
    private volatile SyncCursor cursor;
    private final AtomicBoolean catchingUp = new AtomicBoolean();
    private volatile boolean signalledMeanwhile;
    private volatile boolean closed;

    protected LiveConnection(String subject, SyncCursor cursor, Instant expiresAt) {
        this.subject = subject;
        this.cursor = cursor;
        this.expiresAt = expiresAt;
    }

    /** Tells the client the channel is open and where it starts (before any change is written). */
    protected abstract void opened() throws IOException;

    /** Writes one page of changes; {@code cursor} is the position after its last one (the client resumes from it). */
    protected abstract void write(List<SyncPage.Change> changes, String cursor) throws IOException;

    /** Writes something that keeps proxies from closing an idle connection. */
    protected abstract void heartbeat() throws IOException;

    /** Ends the transport, telling the client why where the transport allows. */
    protected abstract void end(String reason);

    public String subject() {
        return subject;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    protected SyncCursor cursor() {
        return cursor;
    }

    void movedTo(SyncCursor next) {
        cursor = next;
    }

    /** True if this caller now runs the catch-up; otherwise the running one is asked to go round once more. */
    boolean claim() {
        if (catchingUp.compareAndSet(false, true)) {
            signalledMeanwhile = false;
            return true;
        }
        signalledMeanwhile = true;
        return false;
    }

    /** Ends a catch-up; true if a signal came meanwhile and another round is due. */
    boolean release() {
        catchingUp.set(false);
        return signalledMeanwhile && claim();
    }

    boolean isClosed() {
        return closed;
    }

    void markClosed() {
        closed = true;
    }
}
