package app.tempo.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every message-driven bean does with a message: parse it, apply it once, and on failure record the attempt
 * and throw, so the resource adapter rolls the delivery back and the broker redelivers it with back-off.
 */
@ApplicationScoped
public class EventConsumption {

    private static final Logger LOG = Logger.getLogger(EventConsumption.class.getName());

    @Inject
    Inbox inbox;

    @Inject
    DeliveryFailures failures;

    @Inject
    EventConsumption self;

    public void consume(String consumer, Message message, Map<String, EventHandler> handlers) {
        String eventId = null;
        try {
            IncomingEvent event = IncomingEvent.from(message);
            eventId = event.eventId().toString();
            EventHandler handler = handlers.get(event.eventType() + "/v" + event.eventVersion());
            if (handler == null) {
                LOG.fine(() -> consumer + " ignores " + event.eventType() + " v" + event.eventVersion());
                return;
            }
            self.applyOnce(consumer, event, handler);
        } catch (RuntimeException e) {
            int attempt = deliveryAttempt(message);
            LOG.log(Level.WARNING, consumer + " failed on message " + messageId(message) + " (attempt " + attempt + "): " + e);
            failures.record(consumer, messageId(message), eventId, attempt, e);
            throw e;
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void applyOnce(String consumer, IncomingEvent event, EventHandler handler) {
        if (inbox.firstDelivery(consumer, event.eventId())) {
            handler.apply(event);
        }
    }

    private static int deliveryAttempt(Message message) {
        try {
            return message.getIntProperty("JMSXDeliveryCount");
        } catch (JMSException | RuntimeException e) {
            return 0;
        }
    }

    private static String messageId(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return null;
        }
    }
}
