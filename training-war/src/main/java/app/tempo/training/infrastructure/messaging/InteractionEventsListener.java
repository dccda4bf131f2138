package app.tempo.training.infrastructure.messaging;

import app.tempo.platform.inbox.EventConsumption;
import app.tempo.platform.inbox.EventHandler;
import app.tempo.training.domain.model.social.SocialGraph;
import app.tempo.training.domain.model.social.Tie;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads training-war's queue on the interaction events address: relationships open FRIENDS trainings to the owner's
 * friends and stop invitations across a block; memberships open GROUP trainings to the group's members. Delivery semantics as in {@link EventConsumption}; bound to its queue
 * by the activation spec in training-war.xml.
 */
@MessageDriven(name = "InteractionEventsListener")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InteractionEventsListener implements MessageListener {

    @Inject
    EventConsumption consumption;

    @Inject
    SocialGraph graph;

    @Override
    public void onMessage(Message message) {
        consumption.consume(AccountEventsListener.CONSUMER, message, Map.of("RelationshipChanged/v1", learnTie(),
                "GroupMembershipChanged/v1", learnMembership()));
    }

    private EventHandler learnTie() {
        return event -> event.read(data -> {
            List<String> athletes = strings(data.getJsonArray("athletes").getValuesAs(JsonString.class));
            if (athletes.size() != 2) {
                throw new IllegalArgumentException("a relationship has two athletes");
            }
            graph.learn(new Tie(athletes, data.getBoolean("friends"), strings(data.getJsonArray("blocking").getValuesAs(JsonString.class)),
                    data.getJsonNumber("version").longValueExact()));
            return null;
        });
    }

    private EventHandler learnMembership() {
        return event -> event.read(data -> {
            graph.learnMembership(UUID.fromString(data.getString("groupId")), data.getString("athlete"), data.containsKey("role"),
                    data.getJsonNumber("version").longValueExact());
            return null;
        });
    }

    private static List<String> strings(List<JsonString> values) {
        return values.stream().map(JsonString::getString).toList();
    }
}
