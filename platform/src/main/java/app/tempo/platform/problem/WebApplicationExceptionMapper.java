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
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder answer = Response.fromResponse(exception.getResponse())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.of(type, null).type(), type.title(), status, null, null, null));
        return answer.build();
    }
}
