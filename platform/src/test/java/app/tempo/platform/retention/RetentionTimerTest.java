package app.tempo.platform.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetentionTimerTest {

    private final List<String> deletes = new ArrayList<>();
    private final RetentionTimer timer = new RetentionTimer();
    private ExpiringRows failing;

    @BeforeEach
    void wire() {
        timer.store = new RetentionStore() {
            @Override
            public int deleteBatch(ExpiringRows rows, int days, int limit) {
                deletes.add(rows + " " + days + " " + limit);
                if (rows == failing) {
                    throw new IllegalStateException("database away");
                }
                return 0;
            }
        };
        timer.outboxDays = 7;
        timer.processedDays = 30;
        timer.failureDays = 31;
    }

    @Test
    void eachTableIsPurgedWithItsOwnRetention() {
        timer.purge();

        assertEquals(List.of("PUBLISHED_OUTBOX_EVENTS 7 1000", "PROCESSED_EVENTS 30 1000", "DELIVERY_FAILURES 31 1000"),
                deletes);
    }

    @Test
    void aRetentionBelowOneDayDeletesNothingFromItsTable() {
        timer.processedDays = 0;

        timer.purge();

        assertEquals(List.of("PUBLISHED_OUTBOX_EVENTS 7 1000", "DELIVERY_FAILURES 31 1000"), deletes);
    }

    @Test
    void aFailingTableDoesNotKeepTheOthersFromBeingPurged() {
        failing = ExpiringRows.PUBLISHED_OUTBOX_EVENTS;

        timer.purge();

        assertEquals(3, deletes.size());
    }
}
