package app.tempo.interaction.domain.model.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One athlete's place in a chat: how far they have read (the sequence of the last message read). */
@Entity
@Table(name = "chat_reader")
@IdClass(ChatReader.Key.class)
public class ChatReader {

    /** The composite id: chat and athlete. */
    public static class Key implements Serializable {

        private UUID chatId;
        private String subject;

        public Key() {
        }

        public Key(UUID chatId, String subject) {
            this.chatId = chatId;
            this.subject = subject;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(chatId, key.chatId) && Objects.equals(subject, key.subject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(chatId, subject);
        }
    }

    @Id
    @Column(name = "chat_id")
    private UUID chatId;

    @Id
    @Column(name = "subject")
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ChatKind kind;

    @Column(updatable = false)
    private String partner;

    @Column(name = "last_read_seq", nullable = false)
    private long lastReadSequence;

    @Column(nullable = false)
    private long version;

    protected ChatReader() {
    }

    /**
     * {@code partner}: the other athlete of a direct chat; null in a group chat. Versions count milliseconds, so a
     * reader who leaves a group chat and joins it again comes back to their feed with a higher version than the
     * tombstone of their earlier place in it.
     */
    public static ChatReader of(UUID chatId, String subject, ChatKind kind, String partner) {
        ChatReader reader = new ChatReader();
        reader.chatId = chatId;
        reader.subject = subject;
        reader.kind = kind;
        reader.partner = partner;
        reader.version = System.currentTimeMillis();
        return reader;
    }

    /** Moves the read marker forward; true if it moved (a marker never moves back). */
    public boolean readUpTo(long sequence) {
        if (sequence <= lastReadSequence) {
            return false;
        }
        lastReadSequence = sequence;
        version = Math.max(version + 1, System.currentTimeMillis());
        return true;
    }

    public UUID chatId() {
        return chatId;
    }

    public String subject() {
        return subject;
    }

    public ChatKind kind() {
        return kind;
    }

    public String partner() {
        return partner;
    }

    public long lastReadSequence() {
        return lastReadSequence;
    }

    public long version() {
        return version;
    }
}
