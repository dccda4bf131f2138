package app.tempo.platform.problem;

import app.tempo.platform.inbox.FailureKind;
import app.tempo.platform.write.LostRaces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last line: anything unmapped. Writes retry a lost race themselves ({@link LostRaces}); one that loses every time
 * is a hot spot, answered 503 with Retry-After so the client repeats it later; so is a database that cannot be
 * reached (the write did not happen, the client repeats it). Everything else is logged with an
 * incident id and answered without internals.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (LostRaces.isLostRace(exception)) {
            return Response.fromResponse(ProblemResponses.of(Problem.of(ProblemType.UNAVAILABLE,
                    "Too many concurrent changes of this resource; repeat the request"))).header("Retry-After", "1").build();
        }
        if (FailureKind.of(exception) == FailureKind.TRANSIENT) {
            LOG.warning("A dependency is unavailable: " + exception);
            return Response.fromResponse(ProblemResponses.of(Problem.of(ProblemType.UNAVAILABLE,
                    "The service cannot reach its database right now; repeat the request"))).header("Retry-After", "2").build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, exception);
        return ProblemResponses.of(Problem.of(ProblemType.INTERNAL_ERROR, "Incident " + incident));
    }
}
