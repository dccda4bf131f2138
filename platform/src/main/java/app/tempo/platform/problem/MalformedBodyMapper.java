package app.tempo.platform.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that is not JSON, or whose values have the wrong type: 400 naming the field where the binder says which.
 * The binder's own message is not echoed, since it names Java types.
 */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final Pattern PROPERTY = Pattern.compile("(?:property|field)[: ]+'?\"?([A-Za-z_][A-Za-z0-9_]*)");

    @Override
    public Response toResponse(ProcessingException exception) {
        return ProblemResponses.of(problemFor(exception));
    }

    static Problem problemFor(Throwable exception) {
        String field = fieldNamedIn(exception);
        if (field == null) {
            return Problem.of(ProblemType.MALFORMED_BODY, "The body is not valid JSON for this endpoint");
        }
        return Problem.of(ProblemType.MALFORMED_BODY, field + ": wrong type or format")
                .withErrors(List.of(new Problem.FieldError(field, "wrong type or format")));
    }

    static String fieldNamedIn(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && (cause instanceof JsonbException || cause.getCause() == null)) {
                Matcher matcher = PROPERTY.matcher(cause.getMessage());
                String field = null;
                while (matcher.find()) {
                    field = matcher.group(1);
                }
                if (field != null) {
                    return field;
                }
            }
        }
        return null;
    }
}
