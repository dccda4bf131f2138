package it.tempo.bench;

import it.tempo.support.Api;
import it.tempo.support.Database;
import it.tempo.support.Json;
import it.tempo.support.Sso;
import it.tempo.support.Stack;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Completions per second at fixed arrival rates (PUT .../completion through training-war: JPA transaction + outbox
 * row), and the delay from the completion's commit in training-war to the consumer's commit in account-war and
 * interaction-war. The pgbench reference is measured by ./tempo bench in the same session.
 */
public final class SliceBenchmark {

    private static final int[] RATES = {100, 200, 400, 800};
    private static final int SECONDS_PER_RATE = 15;
    private static final int WARM_UP_RATE = 50;
    private static final int WARM_UP_SECONDS = 20;

    private SliceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        StringBuilder report = new StringBuilder();
        report.append("Tempo slice benchmark, ").append(Instant.now()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, whole stack on this machine\n");
        String token = Sso.token("alice");
        List<UUID> warmUp = plan(WARM_UP_RATE * WARM_UP_SECONDS);
        OpenLoad.run(WARM_UP_RATE, warmUp.size(), i -> completion(token, warmUp.get(i)));
        awaitConsumed(Database.eventsOf(warmUp));
        report.append("(after ").append(WARM_UP_SECONDS).append(" s of warm-up at ").append(WARM_UP_RATE).append("/s)\n");
        for (int rate : RATES) {
            List<UUID> trainings = plan(rate * SECONDS_PER_RATE);
            // the plans' own events are applied before the measured completions start, so that they do not compete
            awaitConsumed(Database.eventsOf(trainings, "TrainingScheduled"));
            OpenLoad.Result result = OpenLoad.run(rate, trainings.size(), i -> completion(token, trainings.get(i)));
            report.append(String.format(Locale.ROOT,
                    "completions offered %4d/s: achieved %7.1f/s  p50 %7.1f ms  p99 %8.1f ms  failed %d%n",
                    result.offeredPerSecond(), result.achievedPerSecond(), result.p50Millis(), result.p99Millis(), result.failures()));
            awaitConsumed(Database.eventsOf(trainings));
            report.append(eventDelays(trainings, "account")).append(eventDelays(trainings, "interaction"));
            if (result.failures() > 0 || result.p99Millis() > 2000) {
                report.append("stopping the ladder: the stack is saturated at this rate\n");
                break;
            }
            emit(report);
        }
        emit(report);
    }

    /** Prints what was measured so far and appends it to the figures file. */
    private static void emit(StringBuilder report) throws IOException {
        System.out.print(report);
        Path out = Path.of(System.getProperty("tempo.bench.out", "target/benchmark.txt"));
        Files.writeString(out, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        report.setLength(0);
    }

    private static List<UUID> plan(int count) throws Exception {
        List<UUID> trainings = new ArrayList<>();
        Api api = Api.as("alice", Stack.training());
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            trainings.add(id);
            calls.add(clients.submit(() -> api.put("/api/v1/training/trainings/" + id, Json.training("Bench"))));
        }
        for (Future<?> call : calls) {
            call.get();
        }
        clients.shutdown();
        return trainings;
    }

    private static HttpRequest completion(String token, UUID training) {
        return HttpRequest.newBuilder(Stack.training().resolve("/api/v1/training/trainings/" + training + "/completion"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.completion(5000, 1500)))
                .build();
    }

    /** Waits (at most 2 min) until account-war and interaction-war have both applied these events. */
    private static void awaitConsumed(List<UUID> events) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline
                && (Database.countAny("SELECT count(*) FROM account.processed_event WHERE event_id = ANY (?)", events) < events.size()
                || Database.countAny("SELECT count(*) FROM interaction.processed_event WHERE event_id = ANY (?)", events) < events.size())) {
            Thread.sleep(250);
        }
    }

    /** occurred_at is set in the producing transaction just before commit; processed_at is the consumer's. */
    private static String eventDelays(List<UUID> trainings, String consumer) throws SQLException {
        String sql = "SELECT count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY d), percentile_cont(0.99) WITHIN GROUP (ORDER BY d)"
                + " FROM (SELECT extract(epoch FROM p.processed_at - o.occurred_at) * 1000 AS d FROM training.outbox_event o"
                + " JOIN " + consumer + ".processed_event p ON p.event_id = o.event_id WHERE o.aggregate_id = ANY (?)) delays";
        try (Connection connection = Stack.database(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("text", trainings.stream().map(UUID::toString).toArray()));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return String.format(Locale.ROOT, "  event commit -> %-11s commit: %5d events  p50 %7.1f ms  p99 %8.1f ms%n",
                        consumer, row.getLong(1), row.getDouble(2), row.getDouble(3));
            }
        }
    }

}
