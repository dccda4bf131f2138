package app.tempo.platform.inbox;

import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.resource.ResourceException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;

/**
 * Why a delivery failed, which decides what happens to the message:
 * <ul>
 * <li>{@code UNUSABLE} — the event can never be applied (malformed, unknown version, invalid data): dead-lettered
 * at once;</li>
 * <li>{@code TRANSIENT} — the database or broker is away, or a concurrent transaction won a race: redelivered with
 * back-off for as long as it takes, never dead-lettered;</li>
 * <li>{@code UNEXPECTED} — anything else (a bug): redelivered with back-off a configured number of times, then
 * dead-lettered.</li>
 * </ul>
 */
public enum FailureKind {
    UNUSABLE, TRANSIENT, UNEXPECTED;

    /** SQLSTATE classes of connection loss, exhausted resources, operator intervention and lost races. */
    private static final List<String> TRANSIENT_SQL_STATES = List.of("08", "53", "57P", "40001", "40P01", "55P03");
    private static final int MAX_CAUSES = 32;

    /** Classifies by the exception alone; {@code UNEXPECTED} may still be transient if the database is away. */
    public static FailureKind of(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < MAX_CAUSES; cause = cause.getCause(), depth++) {
            if (cause instanceof IncomingEvent.MalformedEvent) {
                return UNUSABLE;
            }
        }
        depth = 0;
        for (Throwable cause = failure; cause != null && depth < MAX_CAUSES; cause = cause.getCause(), depth++) {
            if (isTransient(cause)) {
                return TRANSIENT;
            }
        }
        return UNEXPECTED;
    }

    private static boolean isTransient(Throwable cause) {
        if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            return TRANSIENT_SQL_STATES.stream().anyMatch(sql.getSQLState()::startsWith);
        }
        return cause instanceof SocketException || cause instanceof SocketTimeoutException
                || cause instanceof JMSException || cause instanceof JMSRuntimeException
                || cause instanceof ResourceException
                || cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                || cause instanceof LockTimeoutException || cause instanceof QueryTimeoutException;
    }
}
