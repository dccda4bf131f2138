package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.domain.model.chat.ChatKind;
import app.tempo.interaction.domain.model.chat.ChatReader;
import java.util.UUID;

/** The caller's place in a chat: which chat, with whom (direct) and how far they have read. */
public record ChatReaderView(UUID chatId, ChatKind kind, String partner, long lastReadSequence) {

    static ChatReaderView of(ChatReader reader) {
        return new ChatReaderView(reader.chatId(), reader.kind(), reader.partner(), reader.lastReadSequence());
    }
}
