package app.tempo.interaction.application;

import app.tempo.interaction.domain.model.notification.Notification;
import app.tempo.interaction.domain.model.notification.NotificationRepository;
import app.tempo.interaction.domain.model.notification.NotificationType;
import app.tempo.platform.sync.Changes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Storing and reading an athlete's notifications. */
@ApplicationScoped
@Transactional
public class NotificationService {

    @Inject
    NotificationRepository notifications;

    @Inject
    Changes changes;

    public List<Notification> page(String athlete, Long beforeSequence, int size) {
        return notifications.page(athlete, beforeSequence, size);
    }

    public Optional<Notification> markRead(String athlete, UUID id) {
        Optional<Notification> notification = notifications.find(id).filter(item -> item.isFor(athlete));
        notification.filter(item -> item.readAt() == null).ifPresent(item -> {
            item.markRead(Instant.now());
            changes.changed(item);
        });
        return notification;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void trainingCompleted(UUID eventId, String athlete, String trainingId, String title, double meters,
                                  long seconds, Instant completedAt) {
        String text = String.format(Locale.ROOT, "You completed \"%s\": %.2f km in %s", title, meters / 1000,
                formatDuration(seconds));
        add(Notification.of(eventId, athlete, NotificationType.TRAINING_COMPLETED, text, trainingId, completedAt));
    }

    /** A gear item passed its wear threshold: the hint's wording and Store link come from account-war. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void gearReplacementHint(UUID eventId, String athlete, String gearId, String title, String text, String storeUrl,
                                    Instant occurredAt) {
        add(Notification.of(eventId, athlete, NotificationType.GEAR_REPLACEMENT, text, gearId, occurredAt).titled(title, storeUrl));
    }

    /** Someone joined, waits or moved up (ParticipantJoined): the owner hears of a taken place, the participant of the rest. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rosterChanged(UUID eventId, RosterNews news, Instant occurredAt) {
        record Message(String recipient, String text) {
        }
        Message message = switch (news.kind()) {
            case INVITED -> new Message(news.participant(), "You are invited to \"" + news.title() + "\"" + news.when());
            case TOOK_A_PLACE -> new Message(news.owner(), "Someone joined \"" + news.title() + "\"");
            case WAITING -> new Message(news.participant(), "\"" + news.title() + "\" is full: you are on its waiting list");
            case MOVED_UP -> new Message(news.participant(), "A place freed up: you take part in \"" + news.title() + "\"" + news.when());
        };
        NotificationType type = news.kind() == RosterNews.Kind.INVITED ? NotificationType.TRAINING_INVITATION
                : NotificationType.TRAINING_PARTICIPATION;
        add(Notification.of(eventId, message.recipient(), type, message.text(), news.trainingId(), occurredAt));
    }

    /** A training was called off (TrainingCancelled): everyone on its roster is told. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void trainingCancelled(UUID eventId, String trainingId, String title, List<String> roster, Instant occurredAt) {
        roster.forEach(participant -> add(Notification.of(eventId, participant, NotificationType.TRAINING_CANCELLED,
                "\"" + title + "\" was called off", trainingId, occurredAt)));
    }

    private void add(Notification notification) {
        if (notifications.addIfAbsent(notification)) {
            changes.changed(notification);
        }
    }

    static String formatDuration(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }
}
