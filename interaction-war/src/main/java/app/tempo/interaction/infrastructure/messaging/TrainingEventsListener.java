package app.tempo.interaction.infrastructure.messaging;

import app.tempo.interaction.application.NotificationService;
import app.tempo.platform.inbox.EventConsumption;
import app.tempo.platform.inbox.EventHandler;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.Map;

/**
 * Reads the interaction's queue on the training events address and notifies: the athlete of their completion,
 * invitees, owners and waiting participants of roster changes, the roster of a cancellation. Delivery semantics as in
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

    @Override
    public void onMessage(Message message) {
        consumption.consume(CONSUMER, message, Map.of("TrainingCompleted/v1", notifyAthlete(),
                "ParticipantInvited/v1", event -> notifications.rosterChanged(event.eventId(), RosterEvents.invited(event), event.occurredAt()),
                "ParticipantJoined/v1", event -> notifications.rosterChanged(event.eventId(), RosterEvents.joined(event), event.occurredAt()),
                "TrainingCancelled/v1", event -> {
                    RosterEvents.Cancelled cancelled = RosterEvents.cancelled(event);
                    notifications.trainingCancelled(event.eventId(), cancelled.trainingId(), cancelled.title(), cancelled.roster(),
                            event.occurredAt());
                }));
    }

    private EventHandler notifyAthlete() {
        return event -> {
            TrainingCompleted completed = TrainingCompleted.from(event);
            notifications.trainingCompleted(event.eventId(), completed.athlete(), completed.trainingId(),
                    completed.title(), completed.distanceMeters(), completed.durationSeconds(), completed.completedAt());
        };
    }
}
