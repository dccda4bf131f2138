package app.tempo.interaction.interfaces.live;

import app.tempo.interaction.infrastructure.live.LiveConnection;
import app.tempo.platform.sync.SyncCursor;
import app.tempo.platform.sync.SyncPage;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A live channel over a WebSocket session; frames as {@link LiveSocket} describes. */
final class SocketConnection extends LiveConnection {

    private static final int MAX_REASON_BYTES = 120;
    private static final long SEND_TIMEOUT_SECONDS = 10;

    private final Session session;

    SocketConnection(String subject, SyncCursor cursor, Instant expiresAt, Session session) {
        super(subject, cursor, expiresAt);
        this.session = session;
    }

    @Override
    protected void opened() throws IOException {
        send(LiveFrames.ready(cursor().encode()));
    }

    @Override
    protected void write(List<SyncPage.Change> changes, String cursor) throws IOException {
        send(LiveFrames.page(changes, cursor));
    }

    @Override
    protected void heartbeat() throws IOException {
        send("{\"kind\":\"heartbeat\",\"at\":\"" + Instant.now() + "\"}");
    }

    @Override
    protected void end(String reason) {
        try {
            // a close reason is at most 123 bytes
            String shortReason = reason.length() > MAX_REASON_BYTES ? reason.substring(0, MAX_REASON_BYTES) : reason;
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, shortReason));
        } catch (IOException e) {
            // already gone
        }
    }

    @Override
    protected void abort() {
        try {
            session.close();
        } catch (IOException e) {
            // already gone
        }
    }

    /** One frame at a time (the catch-up task is the only writer); a client that does not take it in time is gone. */
    private void send(String frame) throws IOException {
        if (!session.isOpen()) {
            throw new IOException("the session is closed");
        }
        try {
            session.getAsyncRemote().sendText(frame).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the client does not take frames", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
