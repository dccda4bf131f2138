package app.tempo.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JAX-RS' own errors (unknown path, wrong method, wrong media type …) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /** How the JAX-RS runtime names a parameter it could not convert, e.g. {@code QueryParam("limit")}. */
    private static final Pattern UNCONVERTIBLE_PARAMETER = Pattern.compile("(?:Query|Header|Matrix|Cookie|Form)Param\\(\"([^\"]+)\"\\)");

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (status == 400 && exception.getCause() != null) {
            return ProblemResponses.of(MalformedBodyMapper.problemFor(exception.getCause()));
        }
        String parameter = unconvertibleParameter(exception);
        if (parameter != null) {
            // JAX-RS answers 404 for a query parameter that does not convert (e.g. limit=abc): it is bad input
            return ProblemResponses.of(Problem.of(ProblemType.INVALID_REQUEST, parameter + ": wrong type or format")
                    .withErrors(List.of(new Problem.FieldError(parameter, "wrong type or format"))));
        }
        Problem problem = Problem.of(ProblemType.forStatus(status), null);
        // keep JAX-RS' own status and headers (Allow on a 405), with our body
        return Response.fromResponse(exception.getResponse()).type(Problem.MEDIA_TYPE)
                .entity(new Problem(problem.type(), problem.title(), status, null, null, null)).build();
    }

    private static String unconvertibleParameter(WebApplicationException exception) {
        if (exception.getResponse().getStatus() != 404 || exception.getMessage() == null) {
            return null;
        }
        Matcher matcher = UNCONVERTIBLE_PARAMETER.matcher(exception.getMessage());
        return matcher.find() ? matcher.group(1) : null;
    }
}
