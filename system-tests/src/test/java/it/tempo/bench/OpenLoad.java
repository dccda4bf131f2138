package it.tempo.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Load at a fixed arrival rate (open model): request i is due at start + i/rate whether or not earlier ones have
 * answered, and its latency counts from when it was due, so a stalled server shows up in the figures.
 */
final class OpenLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private OpenLoad() {
    }

    static Result run(int ratePerSecond, int requests, IntFunction<HttpRequest> request) throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long start = System.nanoTime();
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
        for (int i = 0; i < requests; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            inFlight.add(HTTP.sendAsync(request.apply(i), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        if (error != null || response.statusCode() >= 300) {
                            if (failures.incrementAndGet() == 1) {
                                System.out.println("first failure: " + (error != null ? error : "HTTP " + response.statusCode()));
                            }
                        } else {
                            latencies.add(System.nanoTime() - due);
                        }
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(ratePerSecond, sorted.size() / seconds, millis(sorted, 0.50), millis(sorted, 0.99), failures.get());
    }

    private static double millis(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(quantile * (sorted.size() - 1)))) / 1e6;
    }

    record Result(int offeredPerSecond, double achievedPerSecond, double p50Millis, double p99Millis, int failures) {
    }
}
