package app.tempo.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS' own errors (unknown path, wrong method, wrong media type …) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (status == 400 && exception.getCause() != null) {
            return ProblemResponses.of(MalformedBodyMapper.problemFor(exception.getCause()));
        }
        Problem problem = Problem.of(ProblemType.forStatus(status), null);
        // keep JAX-RS' own status and headers (Allow on a 405), with our body
        return Response.fromResponse(exception.getResponse()).type(Problem.MEDIA_TYPE)
                .entity(new Problem(problem.type(), problem.title(), status, null, null, null)).build();
    }
}
