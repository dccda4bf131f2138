package app.tempo.interaction.infrastructure.messaging;

import app.tempo.interaction.domain.model.social.Relationship;
import app.tempo.interaction.domain.model.social.SocialEvents;
import app.tempo.platform.outbox.NewEvent;
import app.tempo.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Writes interaction events to the outbox, shaped as {@code contracts/events/interaction}. */
@ApplicationScoped
public class OutboxSocialEvents implements SocialEvents {

    static final String SOURCE = "tempo/interaction";

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "tempo.events.interaction.topic", defaultValue = "jms/interaction/events")
    String topic;

    @Override
    public void relationshipChanged(Relationship relationship) {
        outbox.append(new NewEvent(topic, SOURCE, "RelationshipChanged", 1, relationship.low(), relationship.id().toString(),
                relationshipChangedV1(relationship)));
    }

    static JsonObject relationshipChangedV1(Relationship relationship) {
        JsonArrayBuilder blocking = Json.createArrayBuilder();
        if (relationship.blocks(relationship.low(), relationship.high())) {
            blocking.add(relationship.low());
        }
        if (relationship.blocks(relationship.high(), relationship.low())) {
            blocking.add(relationship.high());
        }
        return Json.createObjectBuilder()
                .add("athletes", Json.createArrayBuilder().add(relationship.low()).add(relationship.high()))
                .add("friends", relationship.areFriends())
                .add("blocking", blocking)
                .add("version", relationship.version())
                .add("changedAt", relationship.changedAt().toString())
                .build();
    }
}
