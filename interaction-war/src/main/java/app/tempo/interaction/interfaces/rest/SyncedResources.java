package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.application.Nicknames;
import app.tempo.interaction.domain.model.chat.ChatMessage;
import app.tempo.interaction.domain.model.chat.ChatReader;
import app.tempo.interaction.domain.model.chat.ChatRepository;
import app.tempo.interaction.domain.model.group.Group;
import app.tempo.interaction.domain.model.group.GroupRepository;
import app.tempo.interaction.domain.model.group.Membership;
import app.tempo.interaction.domain.model.notification.Notification;
import app.tempo.interaction.domain.model.social.Relationship;
import app.tempo.platform.sync.SyncedType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What interaction-war's change feed carries ({@code GET /api/v1/interaction/sync}), and so its live channels: a
 * group's and a chat's audiences are read in the writing transaction, after its changes.
 */
@ApplicationScoped
public class SyncedResources {

    @Produces
    @ApplicationScoped
    SyncedType<Notification> notifications() {
        return SyncedType.declare("notification", Notification.class, Notification::id, Notification::version,
                notification -> Set.of(notification.recipient()), NotificationView::of);
    }

    /** A relationship as each side sees it (the other athlete, the status, whether they block them). */
    @Produces
    @ApplicationScoped
    SyncedType<Relationship> relationships(Nicknames nicknames) {
        return SyncedType.declarePerReader("friend", Relationship.class, Relationship::id, Relationship::version,
                Relationship::audience, (relationship, reader) -> reader == null ? null
                        : FriendView.of(relationship, reader, nicknames.shownOn(relationship, reader)));
    }

    /** A group, to everyone in it (requests included). */
    @Produces
    @ApplicationScoped
    SyncedType<Group> groups(GroupRepository groups) {
        return SyncedType.declare("group", Group.class, Group::id, Group::version, group -> {
            Set<String> audience = new LinkedHashSet<>();
            groups.memberships(group.id()).forEach(membership -> audience.add(membership.subject()));
            return audience;
        }, GroupView::of);
    }

    /** One's own place in a group; its id is the group's. */
    @Produces
    @ApplicationScoped
    SyncedType<Membership> memberships() {
        return SyncedType.declare("group-membership", Membership.class, Membership::groupId, Membership::version,
                membership -> Set.of(membership.subject()), MembershipView::of);
    }

    /** A message, to everyone who reads its chat. */
    @Produces
    @ApplicationScoped
    SyncedType<ChatMessage> chatMessages(ChatRepository chats) {
        return SyncedType.declare("chat-message", ChatMessage.class, ChatMessage::id, ChatMessage::version,
                message -> chats.readers(message.chatId()), ChatMessageView::of);
    }

    /** One's own place in a chat (the read marker); its id is the chat's. */
    @Produces
    @ApplicationScoped
    SyncedType<ChatReader> chatReaders() {
        return SyncedType.declare("chat", ChatReader.class, ChatReader::chatId, ChatReader::version,
                reader -> Set.of(reader.subject()), ChatReaderView::of);
    }
}
