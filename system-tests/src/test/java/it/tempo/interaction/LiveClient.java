package it.tempo.interaction;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A real live client, as a browser or a phone would be: Server-Sent Events read line by line from an HTTP response
 * (what {@code fetch()} with an Authorization header does), or a WebSocket whose handshake carries the header. What
 * arrives is queued as {@link Frame}s.
 */
public final class LiveClient implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One SSE event ({@code event}, {@code id}, {@code data}), a comment ({@code event} ":"), or one WebSocket text frame. */
    public record Frame(String event, String id, String data, long receivedAtNanos) {

        public JsonObject json() {
            return Json.createReader(new StringReader(data)).readObject();
        }
    }

    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private volatile Runnable closer = () -> { };
    private volatile boolean ended;
    private int status;

    private LiveClient() {
    }

    /** Opens an SSE stream; {@code lastEventId} null for none. Answers once the status line is in. */
    public static LiveClient sse(URI uri, String token, String lastEventId) {
        LiveClient client = new LiveClient();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines()).join();
        client.status = response.statusCode();
        Stream<String> lines = response.body();
        client.closer = lines::close;
        Thread reader = new Thread(() -> client.read(lines), "sse-client");
        reader.setDaemon(true);
        reader.start();
        return client;
    }

    /** Opens a WebSocket with the token on the handshake; fails as the handshake fails (e.g. 401). */
    public static CompletableFuture<LiveClient> socket(URI uri, String token) {
        LiveClient client = new LiveClient();
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.buildAsync(uri, client.listener()).thenApply(socket -> {
            client.status = 101;
            client.closer = () -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
            return client;
        });
    }

    public int status() {
        return status;
    }

    /** The next frame that matches, waiting at most {@code limit}; frames before it are dropped. */
    public Frame await(Predicate<Frame> wanted, Duration limit, String what) {
        long deadline = System.nanoTime() + limit.toNanos();
        List<Frame> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            try {
                Frame frame = frames.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (frame != null && wanted.test(frame)) {
                    return frame;
                }
                if (frame != null) {
                    seen.add(frame);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no " + what + " within " + limit.toSeconds() + " s; received " + seen);
    }

    /** Whether the server ended the stream or socket. */
    boolean ended() {
        return ended;
    }

    @Override
    public void close() {
        closer.run();
    }

    private void read(Stream<String> lines) {
        String[] event = {"message", null};
        StringBuilder data = new StringBuilder();
        try {
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        frames.add(new Frame(event[0], event[1], data.toString(), System.nanoTime()));
                    }
                    event[0] = "message";
                    event[1] = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    frames.add(new Frame(":", null, line.substring(1).strip(), System.nanoTime()));
                } else if (line.startsWith("event:")) {
                    event[0] = line.substring(6).strip();
                } else if (line.startsWith("id:")) {
                    event[1] = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
                }
            });
        } catch (RuntimeException e) {
            // closed by the test, or the connection broke
        } finally {
            ended = true;
        }
    }

    private WebSocket.Listener listener() {
        StringBuilder partial = new StringBuilder();
        return new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence text, boolean last) {
                partial.append(text);
                if (last) {
                    String frame = partial.toString();
                    partial.setLength(0);
                    String kind = Json.createReader(new StringReader(frame)).readObject().getString("kind", "?");
                    frames.add(new Frame(kind, null, frame, System.nanoTime()));
                }
                socket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
                frames.add(new Frame("close", Integer.toString(code), reason, System.nanoTime()));
                ended = true;
                return null;
            }

            @Override
            public void onError(WebSocket socket, Throwable error) {
                ended = true;
            }
        };
    }
}
