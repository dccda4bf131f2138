package app.tempo.platform.write;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Two writes of the same resource at the same moment: one commits, the other fails at commit (a stale version, or a
 * second insert of the same client-chosen id). The loser is run again in a new transaction, where it sees the
 * winner's result and answers what it would have answered a moment later: 200 for a repeat, 412 with the current
 * state for a stale change. Call it outside the transaction, around the transactional write.
 */
public final class LostRaces {

    /** More losses in a row than this means a hot spot; the last one is answered as a conflict. */
    static final int ATTEMPTS = 5;
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int MAX_CAUSES = 32;

    private LostRaces() {
    }

    public static <T> T retry(Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isLostRace(e)) {
                    throw e;
                }
            }
        }
    }

    public static boolean isLostRace(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < MAX_CAUSES; cause = cause.getCause(), depth++) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof PersistenceException && cause.getClass().getSimpleName().contains("OptimisticLock")
                    || cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
