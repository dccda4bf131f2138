package it.tempo.bench;

import it.tempo.support.Api;
import it.tempo.support.Database;
import it.tempo.support.Reply;
import it.tempo.support.Stack;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * User search on 100,000 profiles: the profiles are written straight into interaction's copy of them (the table
 * ProfileChanged events fill; 70 % public, 20 % friends-only, 10 % private), then alice searches by nickname prefix
 * (one to five letters, with and without a sport) one request at a time against interaction-war's server, after a
 * warm-up. The query plan of a short prefix with a sport is printed. A second run finds the profiles in place.
 */
public final class SearchBenchmark {

    private static final int PROFILES = 100_000;
    private static final int READS = 300;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        StringBuilder report = new StringBuilder("Tempo user search benchmark, " + Instant.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, whole stack on this machine\n");
        long seeded = seed();
        report.append(String.format(Locale.ROOT, "%d profiles in interaction.athlete_profile (%s)%n",
                Database.count("SELECT count(*) FROM interaction.athlete_profile"),
                seeded < 0 ? "seeded before" : "seeded in " + seeded + " ms"));
        Api alice = Api.as("alice", Stack.interaction());
        for (String query : List.of("q=t", "q=tr", "q=tra", "q=trail", "q=trail_fox_1", "q=tr&sport=SWIM", "q=s&sport=ROW",
                "q=zzzz (no match)")) {
            String path = "/api/v1/interaction/athletes?limit=20&" + query.replace(" (no match)", "");
            report.append(measure(alice, "GET /athletes?" + query, path));
        }
        report.append("plan of q=tr&sport=SWIM:\n").append(plan());
        System.out.print(report);
        Files.writeString(Path.of(System.getProperty("tempo.bench.out", "target/search-benchmark.txt")), report, StandardCharsets.UTF_8);
    }

    /** Writes the profiles unless they are there; the time it took, or -1. */
    private static long seed() throws SQLException {
        if (Database.count("SELECT count(*) FROM interaction.athlete_profile WHERE subject LIKE 'search-benchmark-%'") >= PROFILES) {
            return -1;
        }
        long began = System.nanoTime();
        try (Connection connection = Stack.database(); PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO interaction.athlete_profile (subject, nickname, sports, visibility, version)
                SELECT 'search-benchmark-' || n,
                       (ARRAY['trail','road','swift','iron','lake','peak','river','storm','sprint','tempo','hill','coast'])[1 + n % 12]
                         || '_' || (ARRAY['fox','runner','rider','wolf','hawk','otter','goat','lynx','bear','crane'])[1 + (n / 12) % 10]
                         || '_' || n,
                       CASE n % 5 WHEN 0 THEN ARRAY['RUN','RIDE'] WHEN 1 THEN ARRAY['SWIM','RUN'] WHEN 2 THEN ARRAY['RIDE','HIKE']
                                  WHEN 3 THEN ARRAY['ROW','SKI'] ELSE ARRAY['YOGA','RUN'] END,
                       CASE WHEN n % 10 < 7 THEN 'PUBLIC' WHEN n % 10 < 9 THEN 'FRIENDS' ELSE 'PRIVATE' END, 1
                FROM generate_series(1, ?) AS n
                ON CONFLICT (subject) DO NOTHING""")) {
            insert.setInt(1, PROFILES);
            insert.executeUpdate();
            try (PreparedStatement analyze = connection.prepareStatement("ANALYZE interaction.athlete_profile")) {
                analyze.execute();
            }
        }
        return (System.nanoTime() - began) / 1_000_000;
    }

    private static String measure(Api api, String label, String path) {
        for (int i = 0; i < 50; i++) {
            check(api.get(path));
        }
        double[] millis = new double[READS];
        int found = 0;
        for (int i = 0; i < READS; i++) {
            long began = System.nanoTime();
            Reply reply = api.get(path);
            millis[i] = (System.nanoTime() - began) / 1e6;
            check(reply);
            found = reply.json().getJsonArray("items").size();
        }
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "%-40s p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms (%d reads, %d found per page)%n", label,
                millis[READS / 2], millis[(int) (READS * 0.99)], millis[READS - 1], READS, found);
    }

    /** The plan PostgreSQL chooses for the search's query, with its own execution time. */
    private static String plan() throws SQLException {
        String searcher = URLEncoder.encode("search-benchmark-searcher", StandardCharsets.UTF_8);
        StringBuilder plan = new StringBuilder();
        try (Connection connection = Stack.database(); PreparedStatement explain = connection.prepareStatement("""
                EXPLAIN (ANALYZE, COSTS OFF) SELECT subject, nickname FROM interaction.athlete_profile p
                WHERE search_key LIKE 'tr%' AND sports @> ARRAY['SWIM'] AND subject <> ?
                  AND (visibility = 'PUBLIC' OR visibility = 'FRIENDS'
                       AND (EXISTS (SELECT 1 FROM interaction.relationship r WHERE r.low_subject = ? AND r.high_subject = p.subject AND r.state = 'FRIENDS')
                            OR EXISTS (SELECT 1 FROM interaction.relationship r WHERE r.low_subject = p.subject AND r.high_subject = ? AND r.state = 'FRIENDS')))
                ORDER BY search_key, subject LIMIT 20""")) {
            explain.setString(1, searcher);
            explain.setString(2, searcher);
            explain.setString(3, searcher);
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append("  ").append(rows.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }

    private static void check(Reply reply) {
        if (reply.status() != 200) {
            throw new AssertionError(reply.toString());
        }
    }
}
