package it.tempo.bench;

import it.tempo.support.Api;
import it.tempo.support.RecordedActivity;
import it.tempo.support.Reply;
import it.tempo.support.Stack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * BARS' file import: an hour and ten hours of a run at 1 Hz, as GPX (with heart rate), TCX and FIT, each uploaded
 * through the gateway into a fresh training of its own and summarised (parse, store every sample, recompute the
 * result) before the answer. Each case runs after a warm-up; the time is the whole request as the client sees it.
 */
public final class ActivityImportBenchmark {

    private static final int WARM_UP = 2;

    private ActivityImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Api api = Api.as("admin", Stack.gateway());
        StringBuilder report = new StringBuilder("Tempo activity import benchmark, " + Instant.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, whole stack on this machine, through the gateway\n");
        for (int hours : new int[] {1, 10}) {
            RecordedActivity activity = new RecordedActivity(Instant.parse("2026-12-06T07:00:00Z"), hours * 3600);
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("application/gpx+xml", activity.gpx());
            files.put("application/vnd.garmin.tcx+xml", activity.tcx());
            files.put("application/vnd.ant.fit", activity.fit());
            int runs = hours == 1 ? 10 : 4;
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                for (int i = 0; i < WARM_UP; i++) {
                    upload(api, file.getKey(), file.getValue());
                }
                List<Long> millis = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    millis.add(upload(api, file.getKey(), file.getValue()));
                }
                Collections.sort(millis);
                report.append(String.format(Locale.ROOT, "%2d h %-32s %8.1f KiB  %6d samples  median %6d ms  max %6d ms  (%d runs)%n",
                        hours, file.getKey(), file.getValue().length / 1024.0, hours * 3600, millis.get(millis.size() / 2),
                        millis.get(millis.size() - 1), runs));
            }
        }
        System.out.print(report);
        Files.writeString(Path.of(System.getProperty("tempo.bench.out", "target/import-benchmark.txt")), report, StandardCharsets.UTF_8);
    }

    private static long upload(Api api, String type, byte[] file) {
        UUID training = UUID.randomUUID();
        String path = "/api/v1/training/trainings/" + training;
        Reply planned = api.put(path, "{\"sport\":\"RUN\",\"title\":\"Import benchmark\"}");
        if (planned.status() != 201) {
            throw new AssertionError("planning failed: " + planned);
        }
        long start = System.nanoTime();
        Reply imported = api.putFile(path + "/activity?weightKg=70", type, file);
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        if (imported.status() != 200) {
            throw new AssertionError(type + " import failed: " + imported);
        }
        return elapsed;
    }
}
