package app.tempo.interaction.infrastructure.messaging;

import app.tempo.interaction.application.NotificationService;
import app.tempo.interaction.domain.model.activity.KnownTrainings;
import app.tempo.platform.inbox.EventConsumption;
import app.tempo.platform.inbox.EventHandler;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the interaction's queue on the training events address and notifies: the athlete of their completion and
 * their friends (of a training shared with friends), invitees, owners and waiting participants of roster changes, the
 * roster of a cancellation; and keeps the trainings' descriptions (a group's trainings list). Delivery semantics as in
 * {@link EventConsumption}; bound to its queue by the activation spec in app.xml.
 */
@MessageDriven(name = "TrainingEventsListener")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrainingEventsListener implements MessageListener {

    static final String CONSUMER = "interaction";

    @Inject
    EventConsumption consumption;

    @Inject
    NotificationService notifications;

    @Inject
    KnownTrainings trainings;

    @Override
    public void onMessage(Message message) {
        consumption.consume(CONSUMER, message, Map.of("TrainingCompleted/v1", notifyAthlete(),
                "TrainingScheduled/v1", event -> trainings.learn(PlanEvents.training(event), event.occurredAt()),
                "TrainingUpdated/v1", event -> trainings.learn(PlanEvents.training(event), event.occurredAt()),
                "ParticipantInvited/v1", event -> notifications.rosterChanged(event.eventId(), RosterEvents.invited(event), event.occurredAt()),
                "ParticipantJoined/v1", event -> notifications.rosterChanged(event.eventId(), RosterEvents.joined(event), event.occurredAt()),
                "TrainingCancelled/v1", event -> {
                    RosterEvents.Cancelled cancelled = RosterEvents.cancelled(event);
                    if (PlanEvents.deleted(event)) {
                        trainings.forget(PlanEvents.trainingId(event), event.occurredAt());
                    } else {
                        trainings.cancelled(PlanEvents.trainingId(event), event.occurredAt());
                    }
                    notifications.trainingCancelled(event.eventId(), cancelled.trainingId(), cancelled.title(), cancelled.roster(),
                            event.occurredAt());
                }));
    }

    private EventHandler notifyAthlete() {
        return event -> {
            TrainingCompleted completed = TrainingCompleted.from(event);
            notifications.trainingCompleted(event.eventId(), completed.athlete(), completed.trainingId(),
                    completed.title(), completed.distanceMeters(), completed.durationSeconds(), completed.completedAt());
            notifications.friendCompleted(event.eventId(), completed.athlete(), UUID.fromString(completed.trainingId()), completed.title(),
                    completed.distanceMeters(), completed.completedAt());
        };
    }
}
