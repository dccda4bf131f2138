package app.tempo.platform.sync;

import app.tempo.platform.json.JsonBodyGuard;
import app.tempo.platform.json.StrictJsonb;
import app.tempo.platform.problem.Problem;
import app.tempo.platform.problem.ProblemResponses;
import app.tempo.platform.problem.ProblemType;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * {@code Idempotency-Key} on every POST: the first answer to a key is kept and given again, unchanged, to every
 * request with the same key and the same body ({@code Idempotent-Replayed: true}); the same key with another body is
 * refused with 422. A request that meets its key still being processed waits for that answer a few seconds.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotentPosts implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIMED = IdempotentPosts.class.getName() + ".claimed";
    private static final Jsonb JSON = StrictJsonb.create();
    private static final int MAX_KEY_LENGTH = 200;
    private static final long WAIT_MILLIS = 10_000;

    @Inject
    IdempotencyStore store;

    @Inject
    @ConfigProperty(name = "tempo.http.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (!"POST".equals(request.getMethod()) || key == null
                || !(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token) || token.getSubject() == null) {
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            request.abortWith(ProblemResponses.of(Problem.of(ProblemType.INVALID_REQUEST, HEADER + ": 1 to " + MAX_KEY_LENGTH + " characters")));
            return;
        }
        byte[] body = request.hasEntity() ? JsonBodyGuard.readAtMost(request.getEntityStream(), maxBytes) : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String hash = hashOf(request.getUriInfo().getPath(), body);
        String subject = token.getSubject();
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            if (store.claim(subject, key, hash)) {
                request.setProperty(CLAIMED, new String[] {subject, key});
                return;
            }
            Optional<IdempotencyStore.Entry> entry = store.find(subject, key);
            if (entry.isEmpty()) {
                continue; // released meanwhile: claim it
            }
            if (!entry.get().requestHash().equals(hash)) {
                request.abortWith(ProblemResponses.of(Problem.of(ProblemType.UNPROCESSABLE, HEADER
                        + ": this key was used for another request; use a new key for a new request")));
                return;
            }
            if (entry.get().status() != null) {
                request.abortWith(replay(entry.get()));
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                request.abortWith(Response.fromResponse(ProblemResponses.of(Problem.of(ProblemType.UNAVAILABLE,
                        "The first request with this " + HEADER + " is still being processed; send it again shortly")))
                        .header(HttpHeaders.RETRY_AFTER, "1").build());
                return;
            }
            pause();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof String[] claim)) {
            return;
        }
        if (response.getStatus() >= 500 || response.getEntity() instanceof BatchResult batch && batch.stoppedAt() != null) {
            store.release(claim[0], claim[1]); // a stopped batch is to be sent again: its key must not keep the stop
            return;
        }
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String text ? text : JSON.toJson(entity);
        store.answer(claim[0], claim[1], response.getStatus(), response.getHeaderString(HttpHeaders.ETAG),
                response.getHeaderString(HttpHeaders.LOCATION), body);
    }

    private static Response replay(IdempotencyStore.Entry entry) {
        Response.ResponseBuilder answer = Response.status(entry.status()).header(REPLAYED, "true");
        if (entry.body() != null) {
            answer.entity(entry.body()).type(entry.status() >= 400 ? Problem.MEDIA_TYPE : "application/json");
        }
        if (entry.etag() != null) {
            answer.header(HttpHeaders.ETAG, entry.etag());
        }
        if (entry.location() != null) {
            answer.header(HttpHeaders.LOCATION, entry.location());
        }
        return answer.build();
    }

    static String hashOf(String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the first request with this key", e);
        }
    }
}
