package app.tempo.platform.write;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The offline rules of a {@code DELETE}: deleting what is missing, another athlete's or already deleted answers as a
 * success and changes nothing (a replayed delete is harmless, and another's resource does not exist); with If-Match,
 * a stale version loses like any write.
 */
public record ConditionalDelete<T>(Predicate<T> isCallers, Predicate<T> isDeleted, ToLongFunction<T> version) {

    /** {@code delete} marks the resource deleted (and writes its tombstone). */
    public WriteOutcome<T> apply(Optional<T> existing, Long expectedVersion, Consumer<T> delete) {
        if (existing.isEmpty() || !isCallers.test(existing.get()) || isDeleted.test(existing.get())) {
            return WriteOutcome.deleted();
        }
        T resource = existing.get();
        if (expectedVersion != null && expectedVersion != version.applyAsLong(resource)) {
            return WriteOutcome.stale(resource);
        }
        delete.accept(resource);
        return WriteOutcome.deleted();
    }
}
