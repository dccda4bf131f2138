package app.tempo.interaction.infrastructure.messaging;

import app.tempo.interaction.application.NotificationService;
import app.tempo.interaction.application.PlanNews;
import app.tempo.interaction.domain.model.activity.KnownTrainings;
import app.tempo.platform.inbox.EventConsumption;
import app.tempo.platform.inbox.EventHandler;
import app.tempo.platform.inbox.IncomingEvent;
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
 * roster of a cancellation or of a move; and keeps the trainings' descriptions and rosters (a group's trainings list). Delivery semantics as in
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

    @Inject
    PlanNews plans;

    @Override
    public void onMessage(Message message) {
        consumption.consume(CONSUMER, message, Map.of("TrainingCompleted/v1", notifyAthlete(),
                "TrainingScheduled/v1", this::described,
                "TrainingUpdated/v1", this::described,
                "ParticipantInvited/v1", event -> {
                    onRoster(event, true);
                    notifications.rosterChanged(event.eventId(), RosterEvents.invited(event), event.occurredAt());
                },
                "ParticipantJoined/v1", event -> {
                    onRoster(event, true);
                    notifications.rosterChanged(event.eventId(), RosterEvents.joined(event), event.occurredAt());
                },
                "ParticipantLeft/v1", event -> onRoster(event, false),
                "ParticipantRemoved/v1", event -> onRoster(event, false),
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

    private void described(IncomingEvent event) {
        plans.described(event.eventId(), PlanEvents.training(event), PlanEvents.zone(event), event.occurredAt());
    }

    private void onRoster(IncomingEvent event, boolean onRoster) {
        plans.rosterChanged(PlanEvents.trainingId(event), PlanEvents.participant(event), onRoster);
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
