package app.tempo.platform.retention;

import java.util.function.IntSupplier;

/** Repeats a bounded delete while batches come back full, up to a cap per run so one run cannot go on for hours. */
final class BatchedDeletion {

    private BatchedDeletion() {
    }

    /** Runs {@code deleteBatch} (which deletes at most {@code batchSize} rows) until a batch comes back short. */
    static long deleteAll(IntSupplier deleteBatch, int batchSize, int maxBatches) {
        long deleted = 0;
        for (int batch = 0; batch < maxBatches; batch++) {
            int rows = deleteBatch.getAsInt();
            deleted += rows;
            if (rows < batchSize) {
                break;
            }
        }
        return deleted;
    }
}
