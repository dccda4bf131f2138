package app.tempo.platform.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last line: anything unmapped. A lost optimistic-lock race, or two creates of the same id at once, is answered 409:
 * the client repeats the request and then finds the resource. Everything else is logged with an incident id and
 * answered without internals.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (causedByDuplicateKey(exception)) {
            return ProblemResponses.of(Problem.of(ProblemType.CONFLICT,
                    "The same resource was created concurrently; repeat the request"));
        }
        if (causedByOptimisticLock(exception)) {
            return ProblemResponses.of(Problem.of(ProblemType.CONFLICT,
                    "Someone else changed this resource at the same moment; read it again and retry"));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, exception);
        return ProblemResponses.of(Problem.of(ProblemType.INTERNAL_ERROR, "Incident " + incident));
    }

    private static boolean causedByDuplicateKey(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedByOptimisticLock(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof PersistenceException && cause.getClass().getSimpleName().contains("OptimisticLock")) {
                return true;
            }
        }
        return false;
    }
}
