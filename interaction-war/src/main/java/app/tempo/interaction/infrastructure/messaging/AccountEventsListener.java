package app.tempo.interaction.infrastructure.messaging;

import app.tempo.interaction.application.NotificationService;
import app.tempo.interaction.domain.model.people.AthleteDirectory;
import app.tempo.interaction.domain.model.people.PublicProfile;
import app.tempo.platform.inbox.EventConsumption;
import app.tempo.platform.inbox.EventHandler;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.json.JsonString;
import jakarta.jms.MessageListener;
import java.util.List;
import java.util.Map;

/**
 * Reads the interaction's queue on the account events address: a replacement hint becomes a notification with its
 * Store link; profiles are kept for user search and for naming people. Sensor events are not interaction's. Delivery
 * semantics as in {@link EventConsumption}; bound to its queue by the activation spec in interaction-war.xml.
 */
@MessageDriven(name = "AccountEventsListener")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountEventsListener implements MessageListener {

    /** The same consumer as on the training events: one inbox per domain (event ids are unique across addresses). */
    static final String CONSUMER = "interaction";

    @Inject
    EventConsumption consumption;

    @Inject
    NotificationService notifications;

    @Inject
    AthleteDirectory directory;

    @Override
    public void onMessage(Message message) {
        consumption.consume(CONSUMER, message, Map.of("GearWearLimitReached/v1", notifyAthlete(), "ProfileChanged/v1", keepProfile()));
    }

    private EventHandler keepProfile() {
        return event -> event.read(data -> {
            List<String> sports = data.getJsonArray("sports").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            directory.learn(new PublicProfile(data.getString("athlete"), data.getString("nickname"), data.getString("avatarUrl", null),
                    sports, data.getString("visibility")), data.getJsonNumber("version").longValueExact());
            return null;
        });
    }

    private EventHandler notifyAthlete() {
        return event -> {
            GearWearLimitReached hint = GearWearLimitReached.from(event);
            notifications.gearReplacementHint(event.eventId(), hint.athlete(), hint.gearId(), hint.title(), hint.text(),
                    hint.storeUrl(), event.occurredAt());
        };
    }
}
