package app.tempo.platform.sync;

import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A resource that joins the offline sync protocol: declare it with one producer method returning
 * {@link #declare}, and have its writes call {@link Changes} in their transaction. The feed then carries the resource to everyone in its audience,
 * as {@code {"type": type(), "id": id(r), "version": version(r), "data": view(r)}}, the same data as its GET.
 */
public interface SyncedType<T> {

    /** The name in the feed, e.g. {@code training}. */
    String type();

    Class<T> entity();

    String id(T resource);

    long version(T resource);

    /** The subjects who may see it now; whoever leaves the audience gets a tombstone through {@link Changes#revoked}. */
    Set<String> audience(T resource);

    /** What its GET answers. */
    Object view(T resource);

    /** The whole declaration of a synced resource. */
    static <T> SyncedType<T> declare(String type, Class<T> entity, Function<T, Object> id, ToLongFunction<T> version,
                                     Function<T, Set<String>> audience, Function<T, Object> view) {
        return new Declared<>(type, entity, id, version, audience, view);
    }

    /** What {@link #declare} returns. */
    record Declared<T>(String type, Class<T> entity, Function<T, Object> idOf, ToLongFunction<T> versionOf,
                       Function<T, Set<String>> audienceOf, Function<T, Object> viewOf) implements SyncedType<T> {

        @Override
        public String id(T resource) {
            return String.valueOf(idOf.apply(resource));
        }

        @Override
        public long version(T resource) {
            return versionOf.applyAsLong(resource);
        }

        @Override
        public Set<String> audience(T resource) {
            return audienceOf.apply(resource);
        }

        @Override
        public Object view(T resource) {
            return viewOf.apply(resource);
        }
    }
}
