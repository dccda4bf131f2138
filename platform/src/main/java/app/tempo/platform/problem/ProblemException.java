package app.tempo.platform.problem;

import java.util.List;

/** Thrown by the application layer to answer with a given problem; mapped by {@link ProblemExceptionMapper}. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final String etag;
    private final String retryAfterSeconds;

    public ProblemException(ProblemType type, String detail) {
        this(Problem.of(type, detail), null);
    }

    public ProblemException(Problem problem, String etag) {
        this(problem, etag, null);
    }

    private ProblemException(Problem problem, String etag, String retryAfterSeconds) {
        super(problem.detail());
        this.problem = problem;
        this.etag = etag;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " not found");
    }

    /** A per-athlete cap (README, "Limits"): the athlete must remove something before adding more. */
    public static ProblemException quotaExceeded(String what, long max) {
        return new ProblemException(ProblemType.QUOTA_EXCEEDED, "At most " + max + " " + what + " per athlete; remove some first");
    }

    /** One field of an otherwise valid request says something the server cannot accept (e.g. an unknown reference). */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(Problem.of(ProblemType.INVALID_REQUEST, field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, message))), null);
    }

    /** The caller may see the resource but not do this to it (e.g. a participant changing the owner's plan). */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    /** A conditional write lost: answer 412 with the current state and its ETag so the client can merge. */
    public static ProblemException staleVersion(Object currentState, String currentEtag) {
        return new ProblemException(Problem.of(ProblemType.PRECONDITION_FAILED,
                "If-Match does not name the current version, which is " + currentEtag).withCurrent(currentState), currentEtag);
    }

    /** A problem that will pass: the client is told when to try again. */
    public static ProblemException unavailable(String detail, int retryAfterSeconds) {
        return new ProblemException(Problem.of(ProblemType.UNAVAILABLE, detail), null, Integer.toString(retryAfterSeconds));
    }

    /** A per-athlete rate (README, "Abuse limits") was used up: 429, and when the next act will be taken. */
    public static ProblemException tooMany(String detail, long retryAfterSeconds) {
        return new ProblemException(Problem.of(ProblemType.TOO_MANY_REQUESTS, detail), null, Long.toString(Math.max(1, retryAfterSeconds)));
    }

    public String retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Problem problem() {
        return problem;
    }

    public String etag() {
        return etag;
    }
}
