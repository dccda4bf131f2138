package app.tempo.interaction.application;

import app.tempo.interaction.domain.model.activity.KnownTraining;
import app.tempo.interaction.domain.model.activity.KnownTrainings;
import app.tempo.interaction.domain.model.chat.ChatMessage;
import app.tempo.interaction.domain.model.group.Group;
import app.tempo.interaction.domain.model.notification.Notification;
import app.tempo.interaction.domain.model.notification.NotificationRepository;
import app.tempo.interaction.domain.model.notification.NotificationType;
import app.tempo.interaction.domain.model.social.RelationshipRepository;
import app.tempo.platform.sync.Changes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Storing and reading an athlete's notifications. */
@ApplicationScoped
@Transactional
public class NotificationService {

    /** How much of a message a notification shows, in characters. */
    static final int PREVIEW = 80;

    @Inject
    NotificationRepository notifications;

    @Inject
    Changes changes;

    @Inject
    Nicknames nicknames;

    @Inject
    KnownTrainings trainings;

    @Inject
    RelationshipRepository relationships;

    public List<Notification> page(String athlete, Long beforeSequence, int size) {
        return notifications.page(athlete, beforeSequence, size);
    }

    public long unread(String athlete) {
        return notifications.countUnread(athlete);
    }

    /**
     * Marks the athlete's notifications read up to the one named (all there are when none is named), at most
     * {@code limit} in one call; answers how many were marked.
     */
    public int markAllRead(String athlete, UUID upTo, int limit) {
        Long last = upTo == null ? notifications.newest(athlete).orElse(null)
                : notifications.find(upTo).filter(item -> item.isFor(athlete)).map(Notification::sequence).orElse(null);
        if (last == null) {
            return 0;
        }
        List<Notification> unread = notifications.unreadUpTo(athlete, last, limit);
        Instant now = Instant.now();
        unread.forEach(item -> {
            item.markRead(now);
            changes.changed(item);
        });
        return unread.size();
    }

    public Set<NotificationType> muted(String athlete) {
        return notifications.muted(athlete);
    }

    public Set<NotificationType> mute(String athlete, Set<NotificationType> types) {
        notifications.mute(athlete, types);
        return notifications.muted(athlete);
    }

    /** A social act concerning another athlete ({@code about}): a friend request, an accepted one, a group request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void social(UUID cause, String recipient, NotificationType type, String about, Instant at) {
        String who = nicknames.of(about);
        String text = switch (type) {
            case FRIEND_REQUEST -> who + " wants to be your friend";
            case FRIEND_ACCEPTED -> who + " accepted your friend request";
            default -> throw new IllegalArgumentException(type + " is not a social notification");
        };
        add(Notification.of(cause, recipient, type, text, about, at));
    }

    /** A request to join a closed group (to its owner and admins), or its approval (to who asked). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void group(UUID cause, String recipient, NotificationType type, Group group, String asking) {
        String text = switch (type) {
            case GROUP_REQUEST -> nicknames.of(asking) + " asks to join \"" + group.name() + "\"";
            case GROUP_JOINED -> "You are now a member of \"" + group.name() + "\"";
            default -> throw new IllegalArgumentException(type + " is not a group notification");
        };
        add(Notification.of(cause, recipient, type, text, group.id().toString(), Instant.now()));
    }

    /** A direct message: the other athlete hears who wrote and how it begins. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void chatMessage(ChatMessage message, String recipient, String senderName) {
        String text = message.text();
        String preview = text.length() <= PREVIEW ? text : text.substring(0, text.offsetByCodePoints(0, Math.min(PREVIEW,
                text.codePointCount(0, text.length())))) + "…";
        add(Notification.of(message.id(), recipient, NotificationType.CHAT_MESSAGE, senderName + ": " + preview,
                message.chatId().toString(), message.sentAt()));
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

    /**
     * An athlete completed a training their friends may hear of (shared with friends or public, as its plan events
     * said): each friend is told. A training interaction never heard described counts as private.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void friendCompleted(UUID eventId, String athlete, UUID trainingId, String title, double meters, Instant completedAt) {
        if (trainings.find(trainingId).filter(training -> training.isSharedWithFriendsOf(athlete)).isEmpty()) {
            return;
        }
        String text = String.format(Locale.ROOT, "%s completed \"%s\": %.2f km", nicknames.of(athlete), title, meters / 1000);
        relationships.friendsOf(athlete).forEach(friend ->
                add(Notification.of(eventId, friend, NotificationType.FRIEND_COMPLETED, text, trainingId.toString(), completedAt)));
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

    /** A training's start moved (TrainingUpdated): everyone on its roster is told the new start, in its time zone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void trainingMoved(UUID eventId, KnownTraining training, ZoneId zone, List<String> roster, Instant occurredAt) {
        String when = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH).format(training.plannedStart().atZone(zone));
        roster.forEach(participant -> add(Notification.of(eventId, participant, NotificationType.TRAINING_MOVED,
                "\"" + training.title() + "\" now starts " + when + " (" + zone.getId() + ")", training.trainingId().toString(), occurredAt)));
    }

    /** A training was called off (TrainingCancelled): everyone on its roster is told. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void trainingCancelled(UUID eventId, String trainingId, String title, List<String> roster, Instant occurredAt) {
        roster.forEach(participant -> add(Notification.of(eventId, participant, NotificationType.TRAINING_CANCELLED,
                "\"" + title + "\" was called off", trainingId, occurredAt)));
    }

    /** Stores it unless its recipient turned its kind off, or it was stored before (a redelivered event). */
    void add(Notification notification) {
        if (!notifications.isMuted(notification.recipient(), notification.type()) && notifications.addIfAbsent(notification)) {
            changes.changed(notification);
        }
    }

    static String formatDuration(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }
}
