package app.tempo.platform.write;

import app.tempo.platform.http.EntityTags;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Turns a {@link WriteOutcome} into the HTTP answer, with the resource's version as its ETag. */
public final class WriteAnswers {

    private WriteAnswers() {
    }

    public static <T> Response answer(WriteOutcome<T> outcome, String what, Function<T, ?> view, ToLongFunction<T> version) {
        T resource = outcome.resource();
        return switch (outcome.kind()) {
            case CREATED -> Response.status(Response.Status.CREATED).entity(view.apply(resource)).tag(tag(version.applyAsLong(resource))).build();
            case CHANGED, UNCHANGED -> read(view.apply(resource), version.applyAsLong(resource));
            case NOT_FOUND -> throw ProblemException.notFound(what);
            case PRECONDITION_REQUIRED -> throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, what
                    + " exists with other values; send If-Match with its ETag " + EntityTags.of(version.applyAsLong(resource)));
            case STALE -> throw ProblemException.staleVersion(view.apply(resource), EntityTags.of(version.applyAsLong(resource)));
            case DELETED -> Response.noContent().build();
            case GONE -> throw new ProblemException(ProblemType.DELETED, what + " was deleted; create a new one with a new id");
        };
    }

    public static Response read(Object view, long version) {
        return Response.ok(view).tag(tag(version)).build();
    }

    private static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
