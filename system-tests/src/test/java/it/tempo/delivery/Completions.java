package it.tempo.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.tempo.support.Api;
import it.tempo.support.Json;
import it.tempo.support.Reply;
import it.tempo.support.Stack;
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

    void await(List<Future<?>> calls) {
        try {
            for (Future<?> call : calls) {
                call.get();
            }
        } catch (Exception e) {
            throw new AssertionError("a request failed", e);
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
