package app.tempo.interaction.domain.model.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A message as its sender wrote it: the text is stored as given and handed back as a JSON string, never rendered or
 * interpreted by the server. Its id is the sender's client message id, so a repeated send is the same message.
 */
@Entity
@Table(name = "chat_message")
public class ChatMessage {

    @Id
    private UUID id;

    @Column(name = "chat_id", nullable = false, updatable = false)
    private UUID chatId;

    @Column(name = "seq", insertable = false, updatable = false)
    private Long sequence;

    @Column(nullable = false, updatable = false)
    private String sender;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected ChatMessage() {
    }

    public static ChatMessage of(UUID id, UUID chatId, String sender, String text, Instant sentAt) {
        ChatMessage message = new ChatMessage();
        message.id = id;
        message.chatId = chatId;
        message.sender = sender;
        message.text = text;
        message.sentAt = sentAt;
        return message;
    }

    /** Whether a send with this id repeats this message (same chat, same sender); otherwise the id is taken. */
    public boolean isRepeatedBy(UUID chat, String by) {
        return chatId.equals(chat) && sender.equals(by);
    }

    public UUID id() {
        return id;
    }

    public UUID chatId() {
        return chatId;
    }

    public Long sequence() {
        return sequence;
    }

    public String sender() {
        return sender;
    }

    public String text() {
        return text;
    }

    public Instant sentAt() {
        return sentAt;
    }

    /** A message never changes. */
    public long version() {
        return 1;
    }
}
