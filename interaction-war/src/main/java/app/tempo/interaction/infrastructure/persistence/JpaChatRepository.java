package app.tempo.interaction.infrastructure.persistence;

import app.tempo.interaction.domain.model.chat.ChatMessage;
import app.tempo.interaction.domain.model.chat.ChatReader;
import app.tempo.interaction.domain.model.chat.ChatRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class JpaChatRepository implements ChatRepository {

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Optional<ChatMessage> message(UUID id) {
        return Optional.ofNullable(entityManager.find(ChatMessage.class, id));
    }

    @Override
    public void add(ChatMessage message) {
        entityManager.persist(message);
        entityManager.flush();
        entityManager.refresh(message); // the sequence the database gave it
    }

    @Override
    public List<ChatMessage> page(UUID chatId, Long beforeSequence, int limit) {
        TypedQuery<ChatMessage> query = entityManager.createQuery("SELECT m FROM ChatMessage m WHERE m.chatId = :chat"
                        + (beforeSequence == null ? "" : " AND m.sequence < :before") + " ORDER BY m.sequence DESC", ChatMessage.class)
                .setParameter("chat", chatId).setMaxResults(limit);
        if (beforeSequence != null) {
            query.setParameter("before", beforeSequence);
        }
        return query.getResultList();
    }

    @Override
    public Optional<ChatReader> reader(UUID chatId, String subject) {
        return Optional.ofNullable(entityManager.find(ChatReader.class, new ChatReader.Key(chatId, subject)));
    }

    @Override
    public Optional<ChatReader> readerForUpdate(UUID chatId, String subject) {
        return Optional.ofNullable(entityManager.find(ChatReader.class, new ChatReader.Key(chatId, subject), LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Set<String> readers(UUID chatId) {
        return new LinkedHashSet<>(entityManager.createQuery("SELECT r.subject FROM ChatReader r WHERE r.chatId = :chat", String.class)
                .setParameter("chat", chatId).getResultList());
    }

    @Override
    public void add(ChatReader reader) {
        entityManager.persist(reader);
    }

    @Override
    public void remove(ChatReader reader) {
        entityManager.remove(reader);
    }

    @Override
    public List<ChatReader> chatsOf(String subject, UUID afterChatId, int limit) {
        TypedQuery<ChatReader> query = entityManager.createQuery("SELECT r FROM ChatReader r WHERE r.subject = :subject"
                        + (afterChatId == null ? "" : " AND r.chatId > :after") + " ORDER BY r.chatId", ChatReader.class)
                .setParameter("subject", subject).setMaxResults(limit);
        if (afterChatId != null) {
            query.setParameter("after", afterChatId);
        }
        return query.getResultList();
    }

    @Override
    public long unread(ChatReader reader) {
        return entityManager.createQuery("SELECT count(m) FROM ChatMessage m WHERE m.chatId = :chat AND m.sequence > :read"
                        + " AND m.sender <> :subject", Long.class)
                .setParameter("chat", reader.chatId()).setParameter("read", reader.lastReadSequence())
                .setParameter("subject", reader.subject()).getSingleResult();
    }

    @Override
    public Optional<ChatMessage> last(UUID chatId) {
        return page(chatId, null, 1).stream().findFirst();
    }
}
