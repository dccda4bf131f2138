package app.tempo.account.infrastructure.messaging;

import app.tempo.account.application.CompletionService;
import app.tempo.account.application.PlanListService;
import app.tempo.account.domain.model.plan.PlannedTraining.Role;
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

/**
 * Reads the account's queue on the training events address: completions wear gear and count in the statistics;
 * plan and roster events keep each athlete's planned-trainings list. Delivery is not part of a JTA transaction: the effect
 * and the inbox record commit together first, then the message is acknowledged; a failure rolls the delivery back
 * to the broker (see {@link EventConsumption}). Bound to its queue by the activation spec in app.xml.
 */
@MessageDriven(name = "TrainingEventsListener")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrainingEventsListener implements MessageListener {

    static final String CONSUMER = "account";

    @Inject
    EventConsumption consumption;

    @Inject
    CompletionService completions;

    @Inject
    PlanListService plans;

    @Override
    public void onMessage(Message message) {
        consumption.consume(CONSUMER, message, Map.of(
                "TrainingCompleted/v1", completed(),
                "TrainingScheduled/v1", event -> plans.planned(TrainingPlanEvents.facts(event), event.occurredAt()),
                "TrainingUpdated/v1", event -> plans.planned(TrainingPlanEvents.facts(event), event.occurredAt()),
                "TrainingCancelled/v1", event -> plans.cancelled(TrainingPlanEvents.facts(event), TrainingPlanEvents.deleted(event),
                        event.occurredAt()),
                "ParticipantInvited/v1", event -> roster(event, Role.INVITED),
                "ParticipantJoined/v1", event -> roster(event, TrainingPlanEvents.joinedAs(event)),
                "ParticipantLeft/v1", event -> roster(event, Role.LEFT),
                "ParticipantRemoved/v1", event -> roster(event, Role.LEFT)));
    }

    private void roster(IncomingEvent event, Role role) {
        plans.rosterChanged(TrainingPlanEvents.facts(event), TrainingPlanEvents.participant(event), role, event.occurredAt());
    }

    private EventHandler completed() {
        return event -> {
            completions.completed(TrainingCompleted.from(event));
            plans.completed(TrainingPlanEvents.trainingId(event), event.occurredAt());
        };
    }
}
