package app.tempo.platform.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchedDeletionTest {

    @Test
    void deletesBatchesUntilOneComesBackShort() {
        Deque<Integer> batches = new ArrayDeque<>(List.of(100, 100, 7, 100));

        long deleted = BatchedDeletion.deleteAll(batches::poll, 100, 50);

        assertEquals(207, deleted);
        assertEquals(List.of(100), List.copyOf(batches), "no batch after the short one");
    }

    @Test
    void stopsAtTheCapEvenIfThereIsMoreToDelete() {
        int[] calls = {0};

        long deleted = BatchedDeletion.deleteAll(() -> {
            calls[0]++;
            return 100;
        }, 100, 5);

        assertEquals(5, calls[0]);
        assertEquals(500, deleted);
    }
}
