package app.tempo.training.infrastructure.messaging;

import app.tempo.platform.inbox.EventConsumption;
import app.tempo.platform.inbox.EventHandler;
import app.tempo.platform.inbox.IncomingEvent;
import app.tempo.training.application.SensorService;
import app.tempo.training.domain.model.sensor.KnownSensor;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.Map;
import java.util.UUID;

/**
 * Reads training-war's queue on the account events address: sensor registrations and removals keep the sensor
 * registry that attachments are checked against. Other account events are not training-war's. Delivery semantics as
 * in {@link EventConsumption}; bound to its queue by the activation spec in training-war.xml.
 */
@MessageDriven(name = "AccountEventsListener")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountEventsListener implements MessageListener {

    static final String CONSUMER = "training";

    @Inject
    EventConsumption consumption;

    @Inject
    SensorService sensors;

    @Override
    public void onMessage(Message message) {
        consumption.consume(CONSUMER, message, Map.of("SensorRegistered/v1", registered(), "SensorRemoved/v1", removed()));
    }

    private EventHandler registered() {
        return event -> learn(event, false);
    }

    private EventHandler removed() {
        return event -> learn(event, true);
    }

    private void learn(IncomingEvent event, boolean removed) {
        event.read(data -> {
            // a removal names the sensor only: kind and name stay as registered
            sensors.learned(new KnownSensor(UUID.fromString(data.getString("sensorId")), data.getString("athlete"),
                    removed ? null : data.getString("kind"), removed ? null : data.getString("name", null), removed),
                    data.getJsonNumber("version").longValue());
            return null;
        });
    }
}
