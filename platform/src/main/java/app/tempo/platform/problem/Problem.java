package app.tempo.platform.problem;

import java.util.List;

/**
 * The body of an {@code application/problem+json} answer (RFC 9457). {@code type} is stable per kind of error;
 * {@code errors} names the offending fields; {@code current} carries the current state of a resource when a
 * conditional write lost, so an offline client can merge.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors, Object current) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://tempo.app/problems/";

    public static Problem of(ProblemType type, String detail) {
        return new Problem(typeOf(type), type.title(), type.status(), detail, null, null);
    }

    /** The {@code type} URI of problems of this type. */
    public static String typeOf(ProblemType type) {
        return TYPE_BASE + type.slug();
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, fieldErrors, current);
    }

    public Problem withCurrent(Object currentState) {
        return new Problem(type, title, status, detail, errors, currentState);
    }

    /** One invalid input field: its JSON path and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
