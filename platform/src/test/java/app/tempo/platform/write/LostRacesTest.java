package app.tempo.platform.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LostRacesTest {

    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void aStaleVersionAtCommitRunsTheWriteAgain() {
        String answer = LostRaces.retry(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("commit failed", new OptimisticLockException("stale"));
            }
            return "412 with the current state";
        });
        assertEquals("412 with the current state", answer);
        assertEquals(2, calls.get());
    }

    @Test
    void aSecondInsertOfTheSameIdRunsTheWriteAgain() {
        String answer = LostRaces.retry(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new RuntimeException(new SQLException("duplicate key", "23505"));
            }
            return "200 unchanged";
        });
        assertEquals("200 unchanged", answer);
    }

    @Test
    void otherFailuresAreNotRetried() {
        IllegalArgumentException failure = new IllegalArgumentException("bad");
        assertSame(failure, assertThrows(IllegalArgumentException.class, () -> LostRaces.retry(() -> {
            calls.incrementAndGet();
            throw failure;
        })));
        assertEquals(1, calls.get());
    }

    @Test
    void aHotSpotGivesUpAfterAFewLosses() {
        assertThrows(RuntimeException.class, () -> LostRaces.retry(() -> {
            calls.incrementAndGet();
            throw new RuntimeException(new OptimisticLockException("stale again"));
        }));
        assertEquals(LostRaces.ATTEMPTS, calls.get());
    }
}
