package app.tempo.interaction.infrastructure.messaging;

import app.tempo.interaction.domain.model.activity.KnownTraining;
import app.tempo.platform.inbox.IncomingEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** The fields of TrainingScheduled, TrainingUpdated and TrainingCancelled v1 that describe a training to interaction. */
final class PlanEvents {

    private PlanEvents() {
    }

    static KnownTraining training(IncomingEvent event) {
        return event.read(data -> new KnownTraining(UUID.fromString(data.getString("trainingId")), data.getString("owner"),
                data.getString("sport"), data.getString("title"), data.getString("visibility"),
                data.containsKey("groupId") ? UUID.fromString(data.getString("groupId")) : null,
                data.containsKey("plannedStart") ? Instant.parse(data.getString("plannedStart")) : null, data.getString("status")));
    }

    /** The zone the training is planned in (UTC when the event names none). */
    static ZoneId zone(IncomingEvent event) {
        return event.read(data -> ZoneId.of(data.getString("timeZone", "UTC")));
    }

    /** The participant a roster event is about. */
    static String participant(IncomingEvent event) {
        return event.read(data -> data.getString("participant"));
    }

    static UUID trainingId(IncomingEvent event) {
        return event.read(data -> UUID.fromString(data.getString("trainingId")));
    }

    static boolean deleted(IncomingEvent event) {
        return event.read(data -> data.getBoolean("deleted"));
    }
}
