package app.tempo.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Fetches the SSO's JWKS over HTTP. The whole exchange, body included, must end within {@code timeout} (JDK 17's
 * request timeout stops at the response headers) and the body may be at most {@link #MAX_BYTES}: a hanging or
 * babbling SSO must not hold anything.
 */
final class HttpKeySetSource implements KeySetSource {

    static final int MAX_BYTES = 256 * 1024;

    private final URI uri;
    private final Duration timeout;
    private final HttpClient client;

    /**
     * The client keeps its own threads: the server's executor is the one whose requests are waiting for these keys
     * right after a start, and must not also be needed to fetch them.
     */
    HttpKeySetSource(URI uri, Duration timeout) {
        this.uri = uri;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public CompletableFuture<String> fetch() {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET().build();
        CompletableFuture<HttpResponse<InputStream>> exchange = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        CompletableFuture<String> body = exchange.thenApplyAsync(this::read);
        return body.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((text, failure) -> {
            if (failure != null) {
                exchange.thenAccept(response -> closeQuietly(response.body())); // unblocks a read stuck on a stalled body
                exchange.cancel(true);
            }
        });
    }

    private String read(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException(uri + " answered " + response.statusCode());
            }
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException(uri + " answered more than " + MAX_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // already failed: nothing more to do with this body
        }
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
