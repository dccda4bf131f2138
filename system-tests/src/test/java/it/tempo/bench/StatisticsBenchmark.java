package it.tempo.bench;

import it.tempo.support.Api;
import it.tempo.support.Broker;
import it.tempo.support.Database;
import it.tempo.support.Reply;
import it.tempo.support.Sso;
import it.tempo.support.Stack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * BARS' statistics read: an athlete with 10,000 completed trainings over ten years reads their totals. The trainings
 * are reported as training-war reports them (TrainingCompleted v1 through the broker, consumed by account-war); their
 * ids are fixed, so a second run replays the same trainings (changing nothing) instead of adding more. Reads go
 * straight to account-war's server, one at a time, after a warm-up.
 */
public final class StatisticsBenchmark {

    private static final int TRAININGS = 10_000;
    private static final int READS = 300;
    private static final String[] SPORTS = {"RUN", "RIDE", "SWIM", "WALK", "HIKE"};
    private static final String USER = "admin";

    private StatisticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String athlete = Sso.subject(USER);
        StringBuilder report = new StringBuilder("Tempo statistics benchmark, " + Instant.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, whole stack on this machine\n");
        long seeded = seed(athlete);
        report.append(String.format(Locale.ROOT, "athlete with %d completed trainings (%s)%n",
                Database.count("SELECT count(*) FROM account.completion WHERE athlete_subject = ?", athlete),
                seeded < 0 ? "already seeded" : "seeded through the broker in " + seeded + " ms"));
        report.append("rows of totals: ").append(Database.count("SELECT count(*) FROM account.statistics_total WHERE athlete_subject = ?", athlete))
                .append('\n');
        Api api = Api.as(USER, Stack.account());
        for (String query : List.of("period=WEEK", "period=MONTH&from=2016-01-01&to=2025-12-31", "period=YEAR&from=2016-01-01&to=2025-12-31",
                "period=WEEK&from=2024-01-01&to=2025-12-31&sport=RUN")) {
            report.append(measure(api, "GET /statistics?" + query, "/api/v1/account/statistics?" + query));
        }
        report.append(measure(api, "GET /me", "/api/v1/account/me"));
        report.append(measure(api, "GET /health/live (the server's cheapest answer, for reference)", "/health/live"));
        report.append(timeZoneChanges(api));
        System.out.print(report);
        Files.writeString(Path.of(System.getProperty("tempo.bench.out", "target/statistics-benchmark.txt")), report, StandardCharsets.UTF_8);
    }

    /** Reports the trainings unless they are there; the time it took, or -1. */
    private static long seed(String athlete) {
        if (Database.count("SELECT count(*) FROM account.completion WHERE athlete_subject = ?", athlete) >= TRAININGS) {
            return -1;
        }
        Random random = new Random(7);
        long tenYears = 10L * 365 * 86_400;
        Instant start = Instant.parse("2016-01-01T00:00:00Z");
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < TRAININGS; i++) {
            UUID training = UUID.nameUUIDFromBytes(("statistics-benchmark-" + i).getBytes(StandardCharsets.UTF_8));
            Instant completedAt = start.plusSeconds((long) (random.nextDouble() * tenYears));
            long seconds = 1_200 + random.nextInt(7_200);
            bodies.add("""
                    {"specversion":"1.0","id":"%s","source":"tempo/training","type":"TrainingCompleted","eventversion":1,
                     "time":"%s","subject":"%s","datacontenttype":"application/json",
                     "data":{"trainingId":"%s","athlete":"%s","sport":"%s","title":"Benchmark","completedAt":"%s",
                             "distanceMeters":%d,"durationSeconds":%d,"elevationGainMeters":%d,"calories":%d,"gearIds":[]}}"""
                    .formatted(UUID.randomUUID(), completedAt.plusSeconds(60), athlete, training, athlete, SPORTS[i % SPORTS.length],
                            completedAt, 2_000 + random.nextInt(40_000), seconds, random.nextInt(800), 100 + random.nextInt(900)));
        }
        long began = System.nanoTime();
        Broker.publishAll(Broker.TRAINING_EVENTS, bodies, body -> Map.of("eventType", "TrainingCompleted", "eventVersion", 1,
                "subject", athlete, "eventId", body.substring(body.indexOf("\"id\":\"") + 6, body.indexOf("\"id\":\"") + 42)));
        while (Database.count("SELECT count(*) FROM account.completion WHERE athlete_subject = ?", athlete) < TRAININGS) {
            sleep();
        }
        return (System.nanoTime() - began) / 1_000_000;
    }

    private static String measure(Api api, String label, String path) {
        for (int i = 0; i < 50; i++) {
            check(api.get(path));
        }
        double[] millis = new double[READS];
        for (int i = 0; i < READS; i++) {
            long began = System.nanoTime();
            check(api.get(path));
            millis[i] = (System.nanoTime() - began) / 1e6;
        }
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "%-62s p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms (%d reads)%n", label,
                millis[READS / 2], millis[(int) (READS * 0.99)], millis[READS - 1], READS);
    }

    /** A change of time zone rebuilds the athlete's totals from all their completions, inside the PUT. */
    private static String timeZoneChanges(Api api) {
        double[] millis = new double[6];
        for (int i = 0; i < millis.length; i++) {
            Reply current = api.get("/api/v1/account/profile");
            check(current);
            String body = current.body().replaceFirst("\"timeZone\":\"[^\"]*\"", "\"timeZone\":\"" + (i % 2 == 0 ? "Europe/Berlin" : "UTC") + "\"");
            long began = System.nanoTime();
            check(api.put("/api/v1/account/profile", body, "If-Match", current.header("ETag")));
            millis[i] = (System.nanoTime() - began) / 1e6;
        }
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "%-62s p50 %6.1f ms  max %6.1f ms (%d changes)%n", "PUT /profile changing the time zone (rebuild)",
                millis[millis.length / 2], millis[millis.length - 1], millis.length);
    }

    private static void check(Reply reply) {
        if (reply.status() != 200) {
            throw new AssertionError(reply.toString());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
