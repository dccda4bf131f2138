package app.tempo.interaction.application;

import app.tempo.interaction.domain.model.notification.NotificationType;
import app.tempo.interaction.domain.model.people.AthleteDirectory;
import app.tempo.interaction.domain.model.social.FriendStatus;
import app.tempo.interaction.domain.model.social.Relationship;
import app.tempo.interaction.domain.model.social.RelationshipChange;
import app.tempo.interaction.domain.model.social.RelationshipRepository;
import app.tempo.interaction.domain.model.social.SocialEvents;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.problem.ProblemType;
import app.tempo.platform.sync.Changes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Friend requests, friendships and blocks; each change reaches both feeds, the other domains and, where due, a notification. */
@ApplicationScoped
@Transactional
public class FriendService {

    @Inject
    RelationshipRepository relationships;

    @Inject
    Changes changes;

    @Inject
    SocialEvents events;

    @Inject
    NotificationService notifications;

    @Inject
    AbuseLimits limits;

    @Inject
    AthleteDirectory directory;

    /** Bounds what one completion or one message fans out to. */
    @Inject
    @ConfigProperty(name = "tempo.quota.friends", defaultValue = "1000")
    long maxFriends;

    public Optional<Relationship> find(String subject, String other) {
        return relationships.find(subject, other);
    }

    public List<Relationship> list(String subject, FriendStatus status, UUID afterId, int limit) {
        return relationships.of(subject, status, afterId, limit);
    }

    public List<Relationship> blocked(String subject, UUID afterId, int limit) {
        return relationships.blockedBy(subject, afterId, limit);
    }

    /** A request needs an athlete interaction knows (account-war published their profile). */
    public Relationship befriend(String subject, String other) {
        if (directory.find(other).isEmpty()) {
            throw ProblemException.notFound("Athlete");
        }
        return act(subject, other, (relationship, at) -> {
            RelationshipChange change = relationship.befriend(subject, at);
            if (change == RelationshipChange.REQUESTED) {
                limits.take(subject, AbuseLimits.Action.FRIEND_REQUEST);
            }
            if (change == RelationshipChange.ACCEPTED) {
                for (String side : relationship.pair()) {
                    if (relationships.countFriends(side) > maxFriends) {
                        throw ProblemException.quotaExceeded("friends", maxFriends);
                    }
                }
            }
            return change;
        });
    }

    public Relationship unfriend(String subject, String other) {
        return undo(subject, other, (relationship, at) -> relationship.unfriend(subject, at));
    }

    public Relationship block(String subject, String other) {
        return act(subject, other, (relationship, at) -> relationship.block(subject, at));
    }

    public Relationship unblock(String subject, String other) {
        return undo(subject, other, (relationship, at) -> relationship.unblock(subject, at));
    }

    /** An act that only takes something back: with nothing between them there is nothing to undo, and no row is made. */
    private Relationship undo(String subject, String other, BiFunction<Relationship, Instant, RelationshipChange> act) {
        if (!subject.equals(other) && relationships.find(subject, other).isEmpty()) {
            return Relationship.between(subject, other);
        }
        return act(subject, other, act);
    }

    private Relationship act(String subject, String other, BiFunction<Relationship, Instant, RelationshipChange> act) {
        if (subject.equals(other)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "An athlete has no relationship with themselves");
        }
        Relationship relationship = relationships.lock(subject, other);
        var before = relationship.audience();
        RelationshipChange change = act.apply(relationship, Instant.now());
        if (!change.changedIt()) {
            return relationship;
        }
        before.stream().filter(side -> !relationship.audience().contains(side)).forEach(side -> changes.revoked(relationship, side));
        changes.changed(relationship);
        if (change.isPublished()) {
            events.relationshipChanged(relationship);
        }
        notify(relationship, change);
        return relationship;
    }

    private void notify(Relationship relationship, RelationshipChange change) {
        UUID cause = UUID.nameUUIDFromBytes((relationship.id() + "/" + relationship.version()).getBytes(StandardCharsets.UTF_8));
        String requester = relationship.requestedBy();
        if (change == RelationshipChange.REQUESTED) {
            String addressee = relationship.otherThan(requester);
            notifications.social(cause, addressee, NotificationType.FRIEND_REQUEST, requester, relationship.changedAt());
        } else if (change == RelationshipChange.ACCEPTED) {
            notifications.social(cause, requester, NotificationType.FRIEND_ACCEPTED, relationship.otherThan(requester),
                    relationship.changedAt());
        }
    }
}
