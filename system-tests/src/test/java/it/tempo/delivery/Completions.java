package it.tempo.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.tempo.support.Api;
import it.tempo.support.Json;
import it.tempo.support.Reply;
import it.tempo.support.Stack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Many athletes' worth of completions for the delivery proofs: one pair of shoes worn by every training. */
final class Completions {

    static final double METERS = 5000;
    static final long SECONDS = 1500;

    final UUID shoes = UUID.randomUUID();
    final List<UUID> trainings = new ArrayList<>();
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger retried = new AtomicInteger();
    private final Api training = Api.as("alice", Stack.training());
    private final ExecutorService clients = Executors.newFixedThreadPool(8);

    Completions(int count) {
        assertEquals(201, Api.as("alice", Stack.account()).put("/api/v1/account/gear/" + shoes, Json.shoes()).status());
        for (int i = 0; i < count; i++) {
            trainings.add(UUID.randomUUID());
        }
        await(submitEach(id -> {
            Reply created = training.put("/api/v1/training/trainings/" + id, Json.training("Load " + id));
            assertEquals(201, created.status(), created::toString);
        }));
    }

    /** Starts completing every training from 8 client threads; returns at once. */
    List<Future<?>> startCompleting() {
        return submitEach(id -> {
            Reply completed = training.put("/api/v1/training/trainings/" + id + "/completion", Json.completion(METERS, SECONDS, shoes));
            assertEquals(200, completed.status(), completed::toString);
            accepted.incrementAndGet();
        });
    }

    /**
     * Like a phone with a flaky backend: each completion is repeated until it is accepted, for up to two minutes,
     * when the server answers 503 (as it does while its database is away) or cannot be reached; any other answer,
     * a 500 included, fails. Returns at once.
     */
    List<Future<?>> startCompletingWithRetries() {
        return submitEach(id -> {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (true) {
                Reply completed = tryOnce(() -> training.put("/api/v1/training/trainings/" + id + "/completion",
                        Json.completion(METERS, SECONDS, shoes)));
                if (completed != null && completed.status() == 200) {
                    accepted.incrementAndGet();
                    return;
                }
                if (completed != null && completed.status() != 503 || System.nanoTime() > deadline) {
                    throw new AssertionError("completion of " + id + " not accepted: " + completed);
                }
                retried.incrementAndGet();
                sleep(200);
            }
        });
    }

    void await(List<Future<?>> calls) {
        try {
            for (Future<?> call : calls) {
                call.get();
            }
        } catch (Exception e) {
            throw new AssertionError("a request failed", e);
        }
    }

    private static Reply tryOnce(java.util.function.Supplier<Reply> request) {
        try {
            return request.get();
        } catch (AssertionError unreachable) {
            return null;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    void close() {
        clients.shutdownNow();
    }

    private List<Future<?>> submitEach(java.util.function.Consumer<UUID> call) {
        List<Future<?>> calls = new ArrayList<>();
        for (UUID id : trainings) {
            calls.add(clients.submit(() -> call.accept(id)));
        }
        return calls;
    }
}
