package app.tempo.interaction.application;

import app.tempo.interaction.domain.model.chat.ChatKind;
import app.tempo.interaction.domain.model.chat.ChatMessage;
import app.tempo.interaction.domain.model.chat.ChatReader;
import app.tempo.interaction.domain.model.chat.ChatRepository;
import app.tempo.interaction.domain.model.group.Group;
import app.tempo.interaction.domain.model.group.GroupRepository;
import app.tempo.interaction.domain.model.group.GroupRole;
import app.tempo.interaction.domain.model.group.Membership;
import app.tempo.interaction.domain.model.notification.NotificationType;
import app.tempo.interaction.domain.model.social.Relationship;
import app.tempo.interaction.domain.model.social.RelationshipRepository;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.sync.Changes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Direct chats between friends and group chats between members. A message reaches every reader's feed (and so their
 * live connections) in the sending transaction; a direct message also notifies the other athlete. Who can no longer
 * send (a friendship ended, a block, a group left) still reads the direct history they had; a group's history is for
 * its members.
 */
@ApplicationScoped
@Transactional
public class ChatService {

    @Inject
    ChatRepository chats;

    @Inject
    RelationshipRepository relationships;

    @Inject
    GroupRepository groups;

    @Inject
    Changes changes;

    @Inject
    AbuseLimits limits;

    @Inject
    NotificationService notifications;

    @Inject
    Nicknames nicknames;

    /** What a send did: the message, and whether this call stored it (false: a repeat of the same message). */
    public record Sent(ChatMessage message, boolean created) {
    }

    public Optional<Sent> send(String sender, UUID chatId, UUID messageId, String text) {
        Optional<ChatMessage> earlier = chats.message(messageId);
        if (earlier.isPresent()) {
            if (!earlier.get().isRepeatedBy(chatId, sender)) {
                throw ProblemException.conflict("This message id is taken: send a new message with a new id");
            }
            return Optional.of(new Sent(earlier.get(), false));
        }
        Optional<Chat> chat = chatToWrite(sender, chatId);
        if (chat.isEmpty()) {
            return Optional.empty();
        }
        limits.take(sender, AbuseLimits.Action.MESSAGE);
        chat.get().partner().ifPresent(partner -> joinDirect(chatId, sender, partner));
        ChatMessage message = ChatMessage.of(messageId, chatId, sender, text, Instant.now());
        chats.add(message);
        changes.changed(message);
        chats.readerForUpdate(chatId, sender).filter(reader -> reader.readUpTo(message.sequence())).ifPresent(changes::changed);
        chat.get().partner().ifPresent(partner -> notifications.chatMessage(message, partner, nicknames.of(sender)));
        return Optional.of(new Sent(message, true));
    }

    public Optional<List<ChatMessage>> history(String subject, UUID chatId, Long beforeSequence, int limit) {
        if (!mayRead(subject, chatId)) {
            return Optional.empty();
        }
        return Optional.of(chats.page(chatId, beforeSequence, limit));
    }

    /** Moves the caller's read marker up to the message (never back); empty when the chat or message is not theirs. */
    public Optional<ChatReader> markRead(String subject, UUID chatId, UUID upTo) {
        Optional<ChatReader> reader = chats.readerForUpdate(chatId, subject);
        Optional<ChatMessage> message = chats.message(upTo).filter(found -> found.chatId().equals(chatId));
        if (reader.isEmpty() || message.isEmpty()) {
            return Optional.empty();
        }
        if (reader.get().readUpTo(message.get().sequence())) {
            changes.changed(reader.get());
        }
        return reader;
    }

    public List<ChatReader> chatsOf(String subject, UUID afterChatId, int limit) {
        return chats.chatsOf(subject, afterChatId, limit);
    }

    public long unread(ChatReader reader) {
        return chats.unread(reader);
    }

    public Optional<ChatMessage> last(UUID chatId) {
        return chats.last(chatId);
    }

    /** A group membership began or ended: the member gains or loses the group's chat. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void membershipChanged(UUID groupId, String subject, GroupRole role) {
        Optional<ChatReader> reader = chats.reader(groupId, subject);
        boolean member = role != null && role.isMember();
        if (member && reader.isEmpty()) {
            ChatReader joined = ChatReader.of(groupId, subject, ChatKind.GROUP, null);
            chats.add(joined);
            changes.changed(joined);
        } else if (!member && reader.isPresent()) {
            changes.deleted(reader.get());
            chats.remove(reader.get());
        }
    }

    /** Both readers of a direct chat, in a fixed order: two first messages at once queue on one row, never deadlock. */
    private void joinDirect(UUID chatId, String sender, String partner) {
        for (String subject : Stream.of(sender, partner).sorted().toList()) {
            if (chats.reader(chatId, subject).isEmpty()) {
                ChatReader reader = ChatReader.of(chatId, subject, ChatKind.DIRECT, subject.equals(sender) ? partner : sender);
                chats.add(reader);
                changes.changed(reader);
            }
        }
    }

    /**
     * The chat the sender may write to: a friend's direct chat without a block (the pair's row is read under a share
     * lock, so a block or an unfriending committing meanwhile waits for this message or comes first), or a group they
     * are a member of. The two kinds never share an id: a direct chat's is name-based, and no group takes such an id.
     */
    private Optional<Chat> chatToWrite(String sender, UUID chatId) {
        Optional<Relationship> direct = relationships.findShared(chatId);
        if (direct.isPresent()) {
            return direct.filter(pair -> pair.involves(sender)).map(pair -> directChat(pair, sender));
        }
        Optional<Group> group = groups.find(chatId).filter(found -> !found.isDeleted());
        if (group.isEmpty()) {
            return Optional.empty();
        }
        boolean member = groups.membership(chatId, sender).map(Membership::role).filter(GroupRole::isMember).isPresent();
        if (!member) {
            throw ProblemException.forbidden("Only the group's members write in its chat");
        }
        return Optional.of(new Chat(Optional.empty()));
    }

    private Chat directChat(Relationship pair, String sender) {
        String partner = pair.otherThan(sender);
        if (pair.isBlockedEitherWay() || !pair.areFriends()) {
            throw ProblemException.forbidden("You can write only to a friend, and not across a block");
        }
        return new Chat(Optional.of(partner));
    }

    private boolean mayRead(String subject, UUID chatId) {
        if (chats.reader(chatId, subject).isPresent()) {
            return true;
        }
        return relationships.find(chatId).filter(pair -> pair.involves(subject) && pair.areFriends()).isPresent();
    }

    /** A chat being written to; {@code partner} is the other athlete of a direct chat. */
    private record Chat(Optional<String> partner) {
    }
}
