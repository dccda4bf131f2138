package it.tempo.support;

import java.time.Instant;
import java.util.UUID;

/** Request bodies used across the tests. */
public final class Json {

    private Json() {
    }

    /**
     * A training planned in the past: the many the suites plan for alice must never be among the trainings ahead of
     * her that the start screen lists (RosterIT plans one 10 minutes ahead and looks for it there).
     */
    public static String training(String title) {
        return """
                {"sport":"RUN","title":"%s","plannedStart":"2026-11-22T05:00:00Z","plannedDurationMinutes":50}"""
                .formatted(title);
    }

    public static String shoes() {
        return """
                {"type":"SHOES","brand":"Asics","model":"Novablast 4","wearLimitMeters":800000}""";
    }

    public static String completion(double meters, long seconds, UUID... gear) {
        return completionAt(Instant.parse("2026-11-22T07:52:00Z"), meters, seconds, gear);
    }

    /** A completion at a given moment: what the gear it names wears depends on when (a bike's components then). */
    public static String completionAt(Instant completedAt, double meters, long seconds, UUID... gear) {
        StringBuilder ids = new StringBuilder();
        for (UUID id : gear) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(id).append('"');
        }
        return """
                {"completedAt":"%s","distanceMeters":%s,"durationSeconds":%d,"gearIds":[%s]}"""
                .formatted(completedAt, meters, seconds, ids);
    }
}
