package app.tempo.platform.write;

/**
 * How a conditional, idempotent write ended; the REST layer turns it into a status code.
 *
 * @param resource the resource as it now is (absent for NOT_FOUND)
 */
public record WriteOutcome<T>(Kind kind, T resource) {

    public enum Kind {
        CREATED, CHANGED, UNCHANGED, NOT_FOUND, PRECONDITION_REQUIRED, STALE
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
}
