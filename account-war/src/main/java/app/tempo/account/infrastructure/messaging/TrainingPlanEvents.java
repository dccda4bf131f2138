package app.tempo.account.infrastructure.messaging;

import app.tempo.account.application.PlanListService.TrainingFacts;
import app.tempo.account.domain.model.plan.PlannedTraining.Role;
import app.tempo.platform.inbox.IncomingEvent;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/** The fields of training-war's plan and roster events (contracts/events/training) that the account domain uses. */
final class TrainingPlanEvents {

    private TrainingPlanEvents() {
    }

    static TrainingFacts facts(IncomingEvent event) {
        return event.read(data -> new TrainingFacts(UUID.fromString(data.getString("trainingId")), data.getString("owner"),
                data.getString("sport"), data.getString("title"),
                data.containsKey("plannedStart") ? Instant.parse(data.getString("plannedStart")) : null,
                data.getString("status", "PLANNED")));
    }

    static UUID trainingId(IncomingEvent event) {
        return event.read(data -> UUID.fromString(data.getString("trainingId")));
    }

    static String participant(IncomingEvent event) {
        return event.read(data -> data.getString("participant"));
    }

    static boolean deleted(IncomingEvent event) {
        return event.read(data -> data.getBoolean("deleted"));
    }

    /** A ParticipantJoined's role: joined, or waiting for a place. */
    static Role joinedAs(IncomingEvent event) {
        return event.read((JsonObject data) -> "WAITING".equals(data.getString("status")) ? Role.WAITING : Role.JOINED);
    }
}
