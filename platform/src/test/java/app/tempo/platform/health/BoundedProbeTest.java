package app.tempo.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedProbeTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch released = new CountDownLatch(1);

    @AfterEach
    void stop() {
        released.countDown();
        executor.shutdownNow();
    }

    @Test
    void aHungDependencyCostsOneThreadHoweverOftenItIsProbed() throws Exception {
        BoundedProbe probe = new BoundedProbe(executor, 50);
        AtomicInteger started = new AtomicInteger();
        for (int i = 0; i < 20; i++) {
            BoundedProbe.Result result = probe.run(() -> {
                started.incrementAndGet();
                while (true) { // like a socket read: deaf to the interrupt of cancel(true)
                    try {
                        released.await();
                        return true;
                    } catch (InterruptedException ignored) {
                        Thread.interrupted();
                    }
                }
            });
            assertFalse(result.up());
        }
        assertEquals(1, started.get(), "one check thread, not one per probe");
        assertEquals(1, ((ThreadPoolExecutor) executor).getActiveCount());
    }

    @Test
    void aTimedOutCheckIsCancelled() throws Exception {
        BoundedProbe probe = new BoundedProbe(executor, 50);
        CountDownLatch interrupted = new CountDownLatch(1);
        BoundedProbe.Result result = probe.run(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return true;
        });
        assertFalse(result.up());
        assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the check was interrupted");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        boolean up = false;
        while (!up && System.nanoTime() < deadline) {
            up = probe.run(() -> true).up();
        }
        assertTrue(up, "a new check runs once the old one has returned");
    }

    @Test
    void aCheckThatTimedOutBeforeAThreadTookItDoesNotBlockTheNextOnes() throws Exception {
        ExecutorService oneBusyThread = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch busy = new CountDownLatch(1);
            oneBusyThread.submit(() -> {
                busy.await();
                return null;
            });
            BoundedProbe probe = new BoundedProbe(oneBusyThread, 50);
            assertFalse(probe.run(() -> true).up(), "still queued when the time ran out");
            busy.countDown();
            assertTrue(probe.run(() -> true).up(), "the next probe runs: the queued one did not keep the slot");
        } finally {
            oneBusyThread.shutdownNow();
        }
    }

    @Test
    void anAnsweringDependencyIsUp() {
        assertTrue(new BoundedProbe(executor, 1000).run(() -> true).up());
        assertFalse(new BoundedProbe(executor, 1000).run(() -> false).up());
    }
}
