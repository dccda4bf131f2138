package app.tempo.platform.write;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The offline rules of a {@code PUT} with a client-chosen id, in one place (README, "Offline rules"): create when
 * absent; another athlete's resource does not exist; a request that repeats the current state changes nothing,
 * whatever its If-Match; a change needs If-Match, and a stale one loses; a deleted resource stays deleted.
 *
 * @param isCallers  whether the resource belongs to the caller
 * @param alreadySo  whether the resource already is what the request asks for
 * @param version    the resource's version (its ETag)
 * @param isDeleted  whether its owner deleted it (a write to it is answered 410: the id is not used again)
 */
public record ConditionalPut<T>(Predicate<T> isCallers, Predicate<T> alreadySo, ToLongFunction<T> version, Predicate<T> isDeleted) {

    /** {@code create} makes and stores the new resource; {@code change} applies the request to an existing one. */
    public WriteOutcome<T> apply(Optional<T> existing, Long expectedVersion, Supplier<T> create, Consumer<T> change) {
        if (existing.isEmpty()) {
            return expectedVersion == null ? WriteOutcome.created(create.get()) : WriteOutcome.notFound();
        }
        T resource = existing.get();
        if (!isCallers.test(resource)) {
            return WriteOutcome.notFound();
        }
        if (isDeleted.test(resource)) {
            return WriteOutcome.gone();
        }
        if (alreadySo.test(resource)) {
            return WriteOutcome.unchanged(resource);
        }
        if (expectedVersion == null) {
            return WriteOutcome.preconditionRequired(resource);
        }
        if (expectedVersion != version.applyAsLong(resource)) {
            return WriteOutcome.stale(resource);
        }
        change.accept(resource);
        return WriteOutcome.changed(resource);
    }
}
