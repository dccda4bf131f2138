package it.tempo.support;

import java.time.Instant;
import java.util.UUID;

/** Event messages as training-war would publish them (contracts/events/training/TrainingCompleted.v1). */
public final class Events {

    private Events() {
    }

    public static String trainingCompleted(UUID eventId, String athlete, UUID trainingId, double meters, long seconds, UUID gear) {
        return trainingCompleted(eventId, athlete, trainingId, "From the broker", meters, seconds, gear);
    }

    /** {@code title} is put into the JSON as it is: pass JSON escapes such as {@code \\u0000} as text. */
    public static String trainingCompleted(UUID eventId, String athlete, UUID trainingId, String title, double meters,
                                           long seconds, UUID gear) {
        return """
                {"specversion":"1.0","id":"%s","source":"tempo/training","type":"TrainingCompleted","eventversion":1,
                 "time":"%s","subject":"%s","datacontenttype":"application/json",
                 "data":{"trainingId":"%s","athlete":"%s","sport":"RUN","title":"%s",
                         "completedAt":"2026-11-22T07:52:00Z","distanceMeters":%s,"durationSeconds":%d,"gearIds":["%s"]}}"""
                .formatted(eventId, Instant.now(), athlete, trainingId, athlete, title, meters, seconds, gear);
    }
}
