package app.tempo.interaction.interfaces.rest;

import app.tempo.interaction.domain.model.chat.ChatMessage;
import java.time.Instant;
import java.util.UUID;

/** A message: its text exactly as sent (a JSON string; clients must not render it as markup). */
public record ChatMessageView(UUID id, UUID chatId, String sender, String text, Instant sentAt, long sequence) {

    static ChatMessageView of(ChatMessage message) {
        return new ChatMessageView(message.id(), message.chatId(), message.sender(), message.text(), message.sentAt(), message.sequence());
    }
}
