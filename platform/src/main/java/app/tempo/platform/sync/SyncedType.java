package app.tempo.platform.sync;

import java.util.Set;
import java.util.function.BiFunction;
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

    /** What one subject of its audience sees of it: its GET's answer to them (by default, the same for everyone). */
    default Object viewFor(T resource, String subject) {
        return view(resource);
    }

    /** Whether {@link #viewFor} differs by reader (asked rather than tested with instanceof: beans come as proxies). */
    default boolean viewDependsOnReader() {
        return false;
    }

    /** The whole declaration of a synced resource. */
    static <T> SyncedType<T> declare(String type, Class<T> entity, Function<T, Object> id, ToLongFunction<T> version,
                                     Function<T, Set<String>> audience, Function<T, Object> view) {
        return new Declared<>(type, entity, id, version, audience, (resource, reader) -> view.apply(resource), false);
    }

    /**
     * A resource whose feed entry differs by reader ({@code view} gets the subject; {@code null} for its GET's general
     * answer): e.g. a figure only its own athlete may see.
     */
    static <T> SyncedType<T> declarePerReader(String type, Class<T> entity, Function<T, Object> id, ToLongFunction<T> version,
                                              Function<T, Set<String>> audience, BiFunction<T, String, Object> view) {
        return new Declared<>(type, entity, id, version, audience, view, true);
    }

    /** What {@link #declare} and {@link #declarePerReader} return. */
    record Declared<T>(String type, Class<T> entity, Function<T, Object> idOf, ToLongFunction<T> versionOf,
                       Function<T, Set<String>> audienceOf, BiFunction<T, String, Object> viewOf, boolean viewDependsOnReader)
            implements SyncedType<T> {

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
            return viewOf.apply(resource, null);
        }

        @Override
        public Object viewFor(T resource, String subject) {
            return viewOf.apply(resource, subject);
        }
    }
}
