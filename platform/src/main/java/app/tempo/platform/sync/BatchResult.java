package app.tempo.platform.sync;

import jakarta.json.JsonValue;
import java.util.List;

/**
 * The answer to a batch: one result per mutation handled, in order. When the server stopped before the end
 * ({@code stoppedAt}), the client keeps that mutation and the ones after it and sends them again later; {@code next}
 * is the id the server expects next from this device.
 */
public record BatchResult(List<Result> results, Long stoppedAt, String stopReason, long next) {

    /**
     * What the mutation's own request answered ({@code status}, {@code etag}, {@code body}); {@code replayed} when it
     * had been applied before and this is the recorded answer.
     */
    public record Result(long id, int status, String etag, JsonValue body, boolean replayed) {
    }
}
