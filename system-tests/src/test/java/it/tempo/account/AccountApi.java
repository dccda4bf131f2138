package it.tempo.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.tempo.support.Api;
import it.tempo.support.Broker;
import it.tempo.support.Reply;
import it.tempo.support.Sso;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What the account tests do often: register gear, describe the profile, report completions as training-war would. */
final class AccountApi {

    private AccountApi() {
    }

    static UUID gear(Api athlete, String json) {
        UUID id = UUID.randomUUID();
        Reply reply = athlete.put("/api/v1/account/gear/" + id, json);
        assertEquals(201, reply.status(), reply::toString);
        return id;
    }

    static JsonObject get(Api athlete, String path) {
        Reply reply = athlete.get(path);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** Changes the profile with a function of its current JSON; answers the 200's body. */
    static JsonObject describeProfile(Api athlete, String json) {
        Reply current = athlete.get("/api/v1/account/profile");
        Reply changed = athlete.put("/api/v1/account/profile", json, "If-Match", current.header("ETag"));
        assertEquals(200, changed.status(), changed::toString);
        return changed.json();
    }

    static String profile(String nickname, String timeZone, String defaultGear) {
        return """
                {"nickname":"%s","sports":["RUN","RIDE"],"visibility":"PUBLIC","timeZone":"%s","units":"METRIC","defaultGear":[%s]}"""
                .formatted(nickname, timeZone, defaultGear);
    }

    static String uniqueNickname(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Publishes TrainingCompleted v1 as training-war does (the event, its JMS properties); {@code reportedAt} is the
     * event's time. Answers the event id.
     */
    static UUID reportCompletion(String user, UUID trainingId, String sport, Instant completedAt, double meters, long seconds,
                                 Instant reportedAt, List<UUID> gear, List<UUID> sensors) {
        Report report = completion(user, trainingId, sport, completedAt, meters, seconds, reportedAt, gear, sensors);
        report.publish();
        return report.eventId();
    }

    /** A TrainingCompleted v1 event, not sent yet. */
    static Report completion(String user, UUID trainingId, String sport, Instant completedAt, double meters, long seconds,
                             Instant reportedAt, List<UUID> gear, List<UUID> sensors) {
        UUID eventId = UUID.randomUUID();
        String athlete = Sso.subject(user);
        String body = """
                {"specversion":"1.0","id":"%s","source":"tempo/training","type":"TrainingCompleted","eventversion":1,
                 "time":"%s","subject":"%s","datacontenttype":"application/json",
                 "data":{"trainingId":"%s","athlete":"%s","sport":"%s","title":"Reported","completedAt":"%s",
                         "distanceMeters":%s,"durationSeconds":%d,"movingSeconds":%d,"elevationGainMeters":42.5,"calories":300,
                         "gearIds":[%s],"sensorIds":[%s],"aFieldOfALaterVersion":{"ignored":true}}}"""
                .formatted(eventId, reportedAt, athlete, trainingId, athlete, sport, completedAt, meters, seconds, seconds - 60,
                        quoted(gear), quoted(sensors));
        return new Report(eventId, athlete, trainingId, body);
    }

    /** An event as training-war publishes it; publishing it again is what a redelivery or a producer's re-send does. */
    record Report(UUID eventId, String athlete, UUID trainingId, String body) {

        void publish() {
            Broker.publish(Broker.TRAINING_EVENTS, body, Map.of("eventId", eventId.toString(), "eventType", "TrainingCompleted",
                    "eventVersion", 1, "subject", athlete, "JMSXGroupID", trainingId.toString()));
        }
    }

    private static String quoted(List<UUID> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
    }
}
