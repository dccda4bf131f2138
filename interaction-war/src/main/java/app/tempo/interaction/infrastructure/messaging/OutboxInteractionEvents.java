package app.tempo.interaction.infrastructure.messaging;

import app.tempo.interaction.domain.model.group.Group;
import app.tempo.interaction.domain.model.group.GroupEvents;
import app.tempo.interaction.domain.model.group.GroupRole;
import app.tempo.interaction.domain.model.social.Relationship;
import app.tempo.interaction.domain.model.social.SocialEvents;
import app.tempo.platform.outbox.NewEvent;
import app.tempo.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Writes interaction events to the outbox, shaped as {@code contracts/events/interaction}; ordered per relationship or group. */
@ApplicationScoped
public class OutboxInteractionEvents implements SocialEvents, GroupEvents {

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

    @Override
    public void membershipChanged(Group group, String subject, GroupRole role) {
        outbox.append(new NewEvent(topic, SOURCE, "GroupMembershipChanged", 1, subject, group.id().toString(),
                groupMembershipChangedV1(group, subject, role)));
    }

    /** {@code role} absent: no longer a member. The group's version orders one athlete's changes. */
    static JsonObject groupMembershipChangedV1(Group group, String subject, GroupRole role) {
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("groupId", group.id().toString())
                .add("groupName", group.name())
                .add("athlete", subject)
                .add("version", group.version())
                .add("changedAt", Instant.now().toString());
        if (role != null) {
            data.add("role", role.name());
        }
        return data.build();
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
