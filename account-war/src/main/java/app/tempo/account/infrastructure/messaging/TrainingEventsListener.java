package app.tempo.account.infrastructure.messaging;

import app.tempo.account.application.CompletionService;
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
 * Reads the account's queue on the training events address. Delivery is not part of a JTA transaction: the effect
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

    @Override
    public void onMessage(Message message) {
        consumption.consume(CONSUMER, message, Map.of("TrainingCompleted/v1", completed()));
    }

    private EventHandler completed() {
        return event -> completions.completed(TrainingCompleted.from(event));
    }
}
