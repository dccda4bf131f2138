package app.tempo.interaction.domain.model.chat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

public interface ChatRepository {

    Optional<ChatMessage> message(UUID id);

    /** Stores the message and gives it its sequence. */
    void add(ChatMessage message);

    /** Newest first, before the sequence ({@code null}: from the newest). */
    List<ChatMessage> page(UUID chatId, Long beforeSequence, int limit);

    Optional<ChatReader> reader(UUID chatId, String subject);

    /** The reader's row, locked until the transaction ends (its read marker only moves forward). */
    Optional<ChatReader> readerForUpdate(UUID chatId, String subject);

    Set<String> readers(UUID chatId);

    void add(ChatReader reader);

    void remove(ChatReader reader);

    /** The athlete's chats in chat id order after {@code afterChatId}. */
    List<ChatReader> chatsOf(String subject, UUID afterChatId, int limit);

    /** Messages of others after the reader's marker. */
    long unread(ChatReader reader);

    Optional<ChatMessage> last(UUID chatId);
}
