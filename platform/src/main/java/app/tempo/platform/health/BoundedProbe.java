package app.tempo.platform.health;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one dependency check at a time with a time limit. A check that times out is cancelled, and while its
 * thread is still stuck (a socket read ignores interrupts) no new one is started: a hung dependency costs at most
 * one thread, however often Kubernetes probes.
 */
final class BoundedProbe {

    record Result(boolean up, String detail) {
    }

    private final ExecutorService executor;
    private final long timeoutMillis;
    private final AtomicBoolean running = new AtomicBoolean();

    BoundedProbe(ExecutorService executor, long timeoutMillis) {
        this.executor = executor;
        this.timeoutMillis = timeoutMillis;
    }

    Result run(Callable<Boolean> check) {
        if (!running.compareAndSet(false, true)) {
            return new Result(false, "the previous check has not returned yet");
        }
        // whoever claims the run first owns clearing 'running': the check when it starts, or the time-out when the
        // check is still queued (a cancelled queued task never runs, so its finally would never clear the flag)
        AtomicBoolean claimed = new AtomicBoolean();
        Future<Boolean> future;
        try {
            future = executor.submit(() -> {
                if (!claimed.compareAndSet(false, true)) {
                    return false;
                }
                try {
                    return check.call();
                } finally {
                    running.set(false);
                }
            });
        } catch (RuntimeException rejected) {
            running.set(false);
            return new Result(false, "no thread to run the check");
        }
        try {
            boolean up = future.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return new Result(up, up ? "reachable" : "unreachable");
        } catch (TimeoutException e) {
            if (claimed.compareAndSet(false, true)) {
                running.set(false);
            }
            future.cancel(true);
            return new Result(false, "no answer within " + timeoutMillis + " ms");
        } catch (ExecutionException e) {
            return new Result(false, e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "interrupted");
        }
    }
}
