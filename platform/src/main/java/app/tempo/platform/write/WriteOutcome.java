package app.tempo.platform.write;

/**
 * How a conditional, idempotent write ended; the REST layer turns it into a status code.
 *
 * @param resource the resource as it now is (absent for NOT_FOUND)
 */
public record WriteOutcome<T>(Kind kind, T resource) {

    public enum Kind {
        CREATED, CHANGED, UNCHANGED, NOT_FOUND, PRECONDITION_REQUIRED, STALE, DELETED, GONE
    }

    public static <T> WriteOutcome<T> created(T resource) {
        return new WriteOutcome<>(Kind.CREATED, resource);
    }

    public static <T> WriteOutcome<T> changed(T resource) {
        return new WriteOutcome<>(Kind.CHANGED, resource);
    }

    public static <T> WriteOutcome<T> unchanged(T resource) {
        return new WriteOutcome<>(Kind.UNCHANGED, resource);
    }

    public static <T> WriteOutcome<T> notFound() {
        return new WriteOutcome<>(Kind.NOT_FOUND, null);
    }

    public static <T> WriteOutcome<T> preconditionRequired(T resource) {
        return new WriteOutcome<>(Kind.PRECONDITION_REQUIRED, resource);
    }

    public static <T> WriteOutcome<T> stale(T resource) {
        return new WriteOutcome<>(Kind.STALE, resource);
    }

    /** Deleted now, or already gone, or never there: a delete always ends so (idempotent). */
    public static <T> WriteOutcome<T> deleted() {
        return new WriteOutcome<>(Kind.DELETED, null);
    }

    /** A write to a resource its owner deleted: the id is not used again, so a replayed create cannot revive it. */
    public static <T> WriteOutcome<T> gone() {
        return new WriteOutcome<>(Kind.GONE, null);
    }

    /** Whether the resource now differs from before the write (and the change feed must say so). */
    public boolean changedIt() {
        return kind == Kind.CREATED || kind == Kind.CHANGED;
    }
}
