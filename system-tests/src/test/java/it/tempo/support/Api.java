package it.tempo.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A REST client for one server (or the gateway) acting as one user: {@code Api.as("alice").on(Stack.gateway())}. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final String bearer;

    private Api(URI base, String bearer) {
        this.base = base;
        this.bearer = bearer;
    }

    public static Api as(String user, URI base) {
        return new Api(base, Sso.token(user));
    }

    public static Api withToken(String token, URI base) {
        return new Api(base, token);
    }

    public static Api anonymous(URI base) {
        return new Api(base, null);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply put(String path, String json, String... headers) {
        HttpRequest.Builder builder = request(path).PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    /** Any method with a JSON body (DELETE, POST, PATCH …). */
    public Reply send(String method, String path, String json, String... headers) {
        HttpRequest.Builder builder = request(path).method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    /** A PUT whose body has no declared length: sent in chunks, so only the server's reading can limit it. */
    public Reply putChunked(String path, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .header("Content-Type", "application/json"));
    }

    public Reply putRaw(String path, String contentType, String body) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType));
    }

    /** A PUT of a file's bytes as the media type given (an activity file). */
    public Reply putFile(String path, String contentType, byte[] file) {
        return send(request(path).timeout(Duration.ofMinutes(2)).PUT(HttpRequest.BodyPublishers.ofByteArray(file))
                .header("Content-Type", contentType));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
