package it.tempo.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.tempo.support.Api;
import it.tempo.support.Database;
import it.tempo.support.Json;
import it.tempo.support.Reply;
import it.tempo.support.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The loser of a race gets what it would have got a moment later: 412 with the current state for a stale change,
 * 200 for a repeat — never an unexplained 409 or 500. Many devices of one athlete send at the same instant, in
 * several rounds, so the database really sees the writes collide.
 */
class ConcurrentWritesIT {

    private static final int DEVICES = 8;
    private static final int ROUNDS = 15;
    private static final ExecutorService DEVICE_THREADS = Executors.newFixedThreadPool(DEVICES);

    private final Api alice = Api.as("alice", Stack.training());

    @Test
    void changesWithTheSameIfMatchLetOneWinAndTheOthersGet412WithTheCurrentState() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String path = "/api/v1/training/trainings/" + UUID.randomUUID();
            assertEquals(201, alice.put(path, Json.training("Before")).status());
            List<Reply> replies = atOnce(device -> alice.put(path, Json.training("Device " + device), "If-Match", "\"1\""));
            assertEquals(1, replies.stream().filter(reply -> reply.status() == 200).count(), () -> "one winner: " + replies);
            for (Reply reply : replies) {
                assertTrue(reply.status() == 200 || reply.status() == 412, () -> "200 or 412, got " + reply);
                if (reply.status() == 412) {
                    assertNotNull(reply.json().getJsonObject("current"), "412 carries the current state to merge");
                    assertEquals("2", reply.json().getJsonObject("current").get("version").toString());
                }
            }
        }
    }

    @Test
    void aCompletionRepeatedWhileTheFirstIsInFlightAnswers200AndIsRecordedOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            UUID training = UUID.randomUUID();
            String path = "/api/v1/training/trainings/" + training;
            assertEquals(201, alice.put(path, Json.training("Raced completion")).status());
            List<Reply> replies = atOnce(device -> alice.put(path + "/completion", Json.completion(5000, 1500)));
            replies.forEach(reply -> assertEquals(200, reply.status(), () -> "every repeat is harmless: " + reply));
            assertEquals(1, Database.eventsOf(training).size(), "one TrainingCompleted event");
        }
    }

    @Test
    void theSameCreateFromManyDevicesAnswers201OnceAnd200ForTheRest() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String path = "/api/v1/account/gear/" + UUID.randomUUID();
            Api account = Api.as("alice", Stack.account());
            List<Reply> replies = atOnce(device -> account.put(path, Json.shoes()));
            assertEquals(1, replies.stream().filter(reply -> reply.status() == 201).count(), () -> "one create: " + replies);
            assertEquals(DEVICES - 1, replies.stream().filter(reply -> reply.status() == 200).count(), () -> "repeats: " + replies);
        }
    }

    private static List<Reply> atOnce(IntFunction<Reply> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(DEVICES);
        List<Future<Reply>> calls = new ArrayList<>();
        for (int device = 0; device < DEVICES; device++) {
            int id = device;
            calls.add(DEVICE_THREADS.submit(() -> {
                start.await();
                return request.apply(id);
            }));
        }
        List<Reply> replies = new ArrayList<>();
        for (Future<Reply> call : calls) {
            replies.add(call.get());
        }
        return replies;
    }

    @AfterAll
    static void stop() {
        DEVICE_THREADS.shutdownNow();
    }
}
