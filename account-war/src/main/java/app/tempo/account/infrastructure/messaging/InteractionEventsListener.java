package app.tempo.account.infrastructure.messaging;

import app.tempo.account.domain.model.social.SocialLists;
import app.tempo.platform.inbox.EventConsumption;
import app.tempo.platform.inbox.EventHandler;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.JsonArray;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the account's queue on the interaction events address: relationships and group memberships keep the
 * athlete's friends and groups lists. Delivery semantics as in {@link EventConsumption}; bound to its queue by the
 * activation spec in account-war.xml.
 */
@MessageDriven(name = "InteractionEventsListener")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InteractionEventsListener implements MessageListener {

    @Inject
    EventConsumption consumption;

    @Inject
    SocialLists lists;

    @Override
    public void onMessage(Message message) {
        consumption.consume(TrainingEventsListener.CONSUMER, message, Map.of("RelationshipChanged/v1", tie(),
                "GroupMembershipChanged/v1", membership()));
    }

    private EventHandler tie() {
        return event -> event.read(data -> {
            JsonArray athletes = data.getJsonArray("athletes");
            if (athletes.size() != 2) {
                throw new IllegalArgumentException("a relationship has two athletes");
            }
            lists.learnTie(athletes.getString(0), athletes.getString(1), data.getBoolean("friends"),
                    Instant.parse(data.getString("changedAt")), data.getJsonNumber("version").longValueExact());
            return null;
        });
    }

    private EventHandler membership() {
        return event -> event.read(data -> {
            lists.learnMembership(UUID.fromString(data.getString("groupId")), data.getString("groupName"), data.getString("athlete"),
                    data.getString("role", null), Instant.parse(data.getString("changedAt")), data.getJsonNumber("version").longValueExact());
            return null;
        });
    }
}
