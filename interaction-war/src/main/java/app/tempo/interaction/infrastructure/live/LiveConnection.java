package app.tempo.interaction.infrastructure.live;

import app.tempo.platform.sync.SyncCursor;
import app.tempo.platform.sync.SyncPage;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One open live channel of one athlete: where in their feed it stands, and how to write to its transport. Pages are
 * written by one catch-up at a time ({@link LiveConnections}), in feed order.
 */
public abstract class LiveConnection {

    private static final int IDLE = 0;
    private static final int RUNNING = 1;
    private static final int RUNNING_AGAIN = 2;

    private final String subject;
    private final Instant expiresAt;
    private final Instant openedAt = Instant.now();
    private volatile SyncCursor cursor;
    private final AtomicInteger catchUp = new AtomicInteger(IDLE);
    private volatile boolean heartbeatDue;
    private volatile boolean closed;
    private volatile ScheduledFuture<?> expiry;

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

    /** Ends the transport without writing to it (the client is gone or does not read). */
    protected abstract void abort();

    public String subject() {
        return subject;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    Instant openedAt() {
        return openedAt;
    }

    protected SyncCursor cursor() {
        return cursor;
    }

    void movedTo(SyncCursor next) {
        cursor = next;
    }

    /** True if this caller now runs the catch-up; otherwise the running one is asked to go round once more. */
    boolean claim() {
        while (true) {
            int state = catchUp.get();
            if (state == IDLE && catchUp.compareAndSet(IDLE, RUNNING)) {
                return true;
            }
            if (state == RUNNING_AGAIN || state == RUNNING && catchUp.compareAndSet(RUNNING, RUNNING_AGAIN)) {
                return false;
            }
        }
    }

    /** Ends a round of catch-up; true if a signal came meanwhile and another round is due (still claimed). */
    boolean release() {
        while (true) {
            int state = catchUp.get();
            if (state == RUNNING && catchUp.compareAndSet(RUNNING, IDLE)) {
                return false;
            }
            if (state == RUNNING_AGAIN && catchUp.compareAndSet(RUNNING_AGAIN, RUNNING)) {
                return true;
            }
        }
    }

    void heartbeatDue() {
        heartbeatDue = true;
    }

    /** Whether a heartbeat was asked for since the last one (and clears the request). */
    boolean takeHeartbeat() {
        boolean due = heartbeatDue;
        heartbeatDue = false;
        return due;
    }

    void expiresWith(ScheduledFuture<?> task) {
        expiry = task;
    }

    boolean isClosed() {
        return closed;
    }

    /** Marks it closed; true for the one caller that closed it. */
    synchronized boolean markClosed() {
        if (closed) {
            return false;
        }
        closed = true;
        ScheduledFuture<?> task = expiry;
        if (task != null) {
            task.cancel(false);
        }
        return true;
    }
}
