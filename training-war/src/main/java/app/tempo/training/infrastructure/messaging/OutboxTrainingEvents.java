package app.tempo.training.infrastructure.messaging;

import app.tempo.platform.outbox.NewEvent;
import app.tempo.platform.outbox.Outbox;
import app.tempo.training.domain.model.recording.Result;
import app.tempo.training.domain.model.schedule.Recurrence;
import app.tempo.training.domain.model.training.Completion;
import app.tempo.training.domain.model.training.RosterChange;
import app.tempo.training.domain.model.training.Training;
import app.tempo.training.domain.model.training.TrainingEvents;
import app.tempo.training.domain.model.training.TrainingPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes training events to the outbox, in the changing transaction, as {@code contracts/events/training}: each one's
 * data is built by the static method named after it, which the contract tests compare with the examples. Optional
 * fields are left out when they have no value.
 */
@ApplicationScoped
public class OutboxTrainingEvents implements TrainingEvents {

    static final String SOURCE = "tempo/training";
    /** The contract's ceiling for one training's distance. */
    private static final double MAX_DISTANCE = 1_000_000;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "tempo.events.training.topic", defaultValue = "jms/training/events")
    String topic;

    @Override
    public void scheduled(Training training) {
        append("TrainingScheduled", training.owner(), training, trainingV1(training));
    }

    @Override
    public void updated(Training training) {
        append("TrainingUpdated", training.owner(), training, trainingV1(training));
    }

    @Override
    public void cancelled(Training training, List<String> roster, boolean deleted) {
        append("TrainingCancelled", training.owner(), training, trainingCancelledV1(training, roster, deleted));
    }

    @Override
    public void rosterChanged(Training training, RosterChange change) {
        String type = switch (change.kind()) {
            case INVITED -> "ParticipantInvited";
            case JOINED -> "ParticipantJoined";
            case LEFT -> "ParticipantLeft";
            case REMOVED -> "ParticipantRemoved";
        };
        append(type, change.subject(), training, participantV1(training, change));
    }

    @Override
    public void completed(Training training) {
        append("TrainingCompleted", training.owner(), training, trainingCompletedV1(training));
    }

    @Override
    public void completedBy(Training training, Result result) {
        append("TrainingCompleted", result.subject(), training, trainingCompletedV1(training, result));
    }

    private void append(String type, String subject, Training training, JsonObject data) {
        outbox.append(new NewEvent(topic, SOURCE, type, 1, subject, training.id().toString(), data));
    }

    /** TrainingScheduled and TrainingUpdated v1: the plan as it now stands, and the status. */
    static JsonObject trainingV1(Training training) {
        TrainingPlan plan = training.plan();
        JsonObjectBuilder data = about(training)
                .add("timeZone", plan.timeZone().getId())
                .add("visibility", plan.visibility().name())
                .add("status", training.status().name());
        if (plan.description() != null) {
            data.add("description", plan.description());
        }
        optional(data, "plannedDurationMinutes", plan.plannedDurationMinutes());
        optional(data, "capacity", plan.capacity());
        if (plan.groupId() != null) {
            data.add("groupId", plan.groupId().toString());
        }
        if (plan.recurrence() != null) {
            data.add("recurrence", recurrenceV1(plan.recurrence()));
        }
        return data.build();
    }

    private static JsonObjectBuilder recurrenceV1(Recurrence recurrence) {
        JsonArrayBuilder days = Json.createArrayBuilder();
        recurrence.days().stream().sorted().forEach(day -> days.add(day.name()));
        JsonArrayBuilder changes = Json.createArrayBuilder();
        recurrence.changes().forEach(change -> {
            JsonObjectBuilder each = Json.createObjectBuilder().add("date", change.date().toString()).add("cancelled", change.cancelled());
            if (change.movedTo() != null) {
                each.add("movedTo", change.movedTo().toString());
            }
            changes.add(each);
        });
        JsonObjectBuilder data = Json.createObjectBuilder().add("days", days).add("interval", recurrence.interval());
        if (recurrence.until() != null) {
            data.add("until", recurrence.until().toString());
        } else {
            data.add("count", recurrence.count());
        }
        return data.add("changes", changes);
    }

    static JsonObject trainingCancelledV1(Training training, List<String> roster, boolean deleted) {
        JsonArrayBuilder participants = Json.createArrayBuilder();
        roster.stream().sorted().forEach(participants::add);
        return about(training).add("deleted", deleted).add("participants", participants).build();
    }

    /** ParticipantInvited, Joined, Left and Removed v1; a join says whether it took a place or waits. */
    static JsonObject participantV1(Training training, RosterChange change) {
        JsonObjectBuilder data = about(training).add("participant", change.subject());
        if (change.kind() == RosterChange.Kind.JOINED) {
            data.add("status", change.status().name()).add("promoted", change.promoted());
        }
        return data.build();
    }

    /** The owner's reported completion. */
    static JsonObject trainingCompletedV1(Training training) {
        Completion completion = training.completion();
        return completedV1(training, training.owner(), completion.completedAt().toString(), completion.distanceMeters(),
                completion.durationSeconds(), completion.gearIds(), completion.sensorIds()).build();
    }

    /** A participant's result from recorded data, with the optional moving time, climbing and calories. */
    static JsonObject trainingCompletedV1(Training training, Result result) {
        JsonObjectBuilder data = completedV1(training, result.subject(), result.endedAt().toString(),
                Math.min(result.distanceMeters(), MAX_DISTANCE), Math.max(1, result.durationSeconds()), result.gearIds(), result.sensorIds())
                .add("movingSeconds", result.movingSeconds())
                .add("elevationGainMeters", result.elevationGainMeters());
        if (result.calories() != null) {
            data.add("calories", result.calories());
        }
        return data.build();
    }

    private static JsonObjectBuilder completedV1(Training training, String athlete, String completedAt, double meters, long seconds,
                                                 List<UUID> gearIds, List<UUID> sensorIds) {
        JsonArrayBuilder gear = Json.createArrayBuilder();
        gearIds.forEach(id -> gear.add(id.toString()));
        JsonArrayBuilder sensors = Json.createArrayBuilder();
        sensorIds.forEach(id -> sensors.add(id.toString()));
        return Json.createObjectBuilder()
                .add("trainingId", training.id().toString())
                .add("athlete", athlete)
                .add("sport", training.plan().sport().name())
                .add("title", training.plan().title())
                .add("completedAt", completedAt)
                .add("distanceMeters", meters)
                .add("durationSeconds", seconds)
                .add("gearIds", gear)
                .add("sensorIds", sensors);
    }

    /** What every training event says of the training: enough for a notification without asking training-war. */
    private static JsonObjectBuilder about(Training training) {
        TrainingPlan plan = training.plan();
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("trainingId", training.id().toString())
                .add("owner", training.owner())
                .add("sport", plan.sport().name())
                .add("title", plan.title());
        if (plan.plannedStart() != null) {
            data.add("plannedStart", plan.plannedStart().toString());
        }
        return data;
    }

    private static void optional(JsonObjectBuilder data, String name, Integer value) {
        if (value != null) {
            data.add(name, value);
        }
    }
}
