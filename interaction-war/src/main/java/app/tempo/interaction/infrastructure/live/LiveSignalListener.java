package app.tempo.interaction.infrastructure.live;

import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This server's non-durable subscription to the live signals (activation spec in interaction-war.xml): every
 * replica hears every signal. A signal is a hint, not data: one that cannot be read is dropped.
 */
@MessageDriven(name = "LiveSignalListener")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LiveSignalListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(LiveSignalListener.class.getName());

    @Inject
    LiveSignals signals;

    @Override
    public void onMessage(Message message) {
        try {
            if (message instanceof TextMessage text && text.getText() != null) {
                try (var reader = Json.createReader(new StringReader(text.getText()))) {
                    signals.received(reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
                }
            }
        } catch (JMSException | JsonException | ClassCastException e) {
            LOG.log(Level.FINE, "An unreadable live signal was dropped", e);
        }
    }
}
