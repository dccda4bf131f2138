package app.tempo.interaction.interfaces.live;

import app.tempo.interaction.infrastructure.live.LiveConnection;
import app.tempo.platform.sync.SyncCursor;
import app.tempo.platform.sync.SyncPage;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A live channel over Server-Sent Events: each change is an event {@code change} whose data is the change as the sync
 * feed shows it; the last event of each page carries the cursor as its id, which a reconnecting client sends back as
 * {@code Last-Event-ID}. Heartbeats are comments.
 */
final class SseConnection extends LiveConnection {

    /** A client that takes longer than this to accept an event is treated as gone. */
    private static final long SEND_TIMEOUT_SECONDS = 10;

    private final SseEventSink sink;
    private final Sse sse;

    SseConnection(String subject, SyncCursor cursor, Instant expiresAt, SseEventSink sink, Sse sse) {
        super(subject, cursor, expiresAt);
        this.sink = sink;
        this.sse = sse;
    }

    @Override
    protected void opened() throws IOException {
        String cursor = cursor().encode();
        send(sse.newEventBuilder().name("ready").id(cursor)
                .data(String.class, LiveFrames.ready(cursor)).build());
    }

    @Override
    protected void write(List<SyncPage.Change> changes, String cursor) throws IOException {
        for (int i = 0; i < changes.size(); i++) {
            OutboundSseEvent.Builder event = sse.newEventBuilder().name("change")
                    .data(String.class, LiveFrames.change(changes.get(i)));
            if (i == changes.size() - 1) {
                event.id(cursor);
            }
            send(event.build());
        }
    }

    @Override
    protected void heartbeat() throws IOException {
        send(sse.newEventBuilder().comment("heartbeat " + Instant.now()).build());
    }

    @Override
    protected void end(String reason) {
        try {
            send(sse.newEventBuilder().name("end").data(String.class, reason).build());
        } catch (IOException e) {
            // the client is gone already: nothing to tell it
        } finally {
            sink.close();
        }
    }

    @Override
    protected void abort() {
        sink.close();
    }

    private void send(OutboundSseEvent event) throws IOException {
        if (sink.isClosed()) {
            throw new IOException("the client closed the stream");
        }
        try {
            sink.send(event).toCompletableFuture().get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the client does not take events", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
