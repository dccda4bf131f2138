package app.tempo.training.application;

import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.sync.Changes;
import app.tempo.platform.write.ConditionalDelete;
import app.tempo.platform.write.ConditionalPut;
import app.tempo.platform.write.WriteOutcome;
import app.tempo.training.domain.model.recording.Recordings;
import app.tempo.training.domain.model.social.SocialGraph;
import app.tempo.training.domain.model.route.RouteFile;
import app.tempo.training.domain.model.route.TrainingRoute;
import app.tempo.training.domain.model.training.Completion;
import app.tempo.training.domain.model.training.Participant;
import app.tempo.training.domain.model.training.ParticipantStatus;
import app.tempo.training.domain.model.training.Roster;
import app.tempo.training.domain.model.training.RosterChange;
import app.tempo.training.domain.model.training.Training;
import app.tempo.training.domain.model.training.TrainingEvents;
import app.tempo.training.domain.model.training.TrainingStatus;
import app.tempo.training.domain.model.training.TrainingPlan;
import app.tempo.training.domain.model.training.TrainingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Planning and completing trainings. Writes are idempotent: repeating a request that already took effect returns
 * the current training and changes nothing, which is what an offline client replaying its queue needs.
 */
@ApplicationScoped
@Transactional
public class TrainingService {

    @Inject
    Circles circles;

    @Inject
    SocialGraph graph;

    @Inject
    TrainingRepository trainings;

    @Inject
    TrainingEvents events;

    @Inject
    @ConfigProperty(name = "tempo.quota.trainings-per-athlete", defaultValue = "20000")
    long maxTrainings;

    @Inject
    Changes changes;

    @Inject
    RecordingService recordings;

    @Inject
    Recordings recordedData;

    /**
     * A training the user may see: their own, one they are on the roster of, or a public one. Any other, or a deleted
     * one, is indistinguishable from a missing one.
     */
    public Optional<Training> find(String user, UUID id) {
        return trainings.find(id).filter(training -> isVisible(training, user));
    }

    public WriteOutcome<Training> put(String athlete, UUID id, TrainingPlan plan, Long expectedVersion) {
        Optional<Training> existing = trainings.find(id);
        existing.ifPresent(training -> requireOwnerIfVisible(training, athlete));
        WriteOutcome<Training> outcome = new ConditionalPut<Training>(training -> training.isOwnedBy(athlete),
                training -> training.isPlannedAs(plan), Training::version, Training::isDeleted)
                .apply(existing, expectedVersion, () -> {
                    if (trainings.countOwnedBy(athlete) >= maxTrainings) {
                        throw ProblemException.quotaExceeded("trainings", maxTrainings);
                    }
                    Training training = Training.plan(id, athlete, plan);
                    trainings.add(training);
                    events.scheduled(training);
                    return training;
                }, training -> {
                    training.replan(plan);
                    events.updated(training);
                    Roster roster = rosterOf(training);
                    roster.fillFreedPlaces(Instant.now()).forEach(change -> events.rosterChanged(training, change));
                    saved(roster);
                });
        return recorded(outcome);
    }

    /** Who is on the training's roster, for anyone who may see the training. */
    public Optional<RosterView> roster(String user, UUID id) {
        return find(user, id).map(training -> new RosterView(training, onTheRoster(id)));
    }

    /** The user joins the training, or accepts its invitation; asking again changes nothing. */
    public Optional<RosterView> join(String user, UUID id) {
        return changeRoster(user, id, false, (training, roster) -> roster.join(user, circles.includes(training, user), Instant.now()));
    }

    /** The user leaves, or declines; true when they were on the roster of a training they may see. */
    public boolean leave(String user, UUID id) {
        Optional<Training> training = trainings.findForUpdate(id).filter(candidate -> isVisible(candidate, user));
        if (training.isEmpty() || !training.get().isOwnedBy(user)
                && trainings.participant(id, user).filter(entry -> entry.status().isOnTheRoster()).isEmpty()) {
            return false;
        }
        apply(training.get(), (unused, roster) -> roster.leave(user, Instant.now()));
        return true;
    }

    /** The owner invites a user; inviting one already on the roster changes nothing. */
    public Optional<RosterView> invite(String owner, UUID id, String invitee) {
        return changeRoster(owner, id, true, (training, roster) -> {
            if (graph.blocks(invitee, owner)) {
                throw ProblemException.forbidden("This athlete does not accept invitations from you");
            }
            return roster.invite(invitee, Instant.now());
        });
    }

    /** The owner takes a user off the roster; one who is not on it changes nothing. */
    public Optional<RosterView> remove(String owner, UUID id, String participant) {
        return changeRoster(owner, id, true, (training, roster) -> roster.remove(participant, Instant.now()));
    }

    private Optional<RosterView> changeRoster(String user, UUID id, boolean ownerOnly,
                                              BiFunction<Training, Roster, List<RosterChange>> change) {
        Optional<Training> found = trainings.findForUpdate(id).filter(training -> isVisible(training, user));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Training training = found.get();
        if (ownerOnly) {
            requireOwnerIfVisible(training, user);
        }
        return Optional.of(apply(training, change));
    }

    private RosterView apply(Training training, BiFunction<Training, Roster, List<RosterChange>> change) {
        Roster roster = rosterOf(training);
        List<RosterChange> changes = change.apply(training, roster);
        saved(roster);
        changes.forEach(each -> events.rosterChanged(training, each));
        if (!changes.isEmpty()) {
            changes.stream().filter(RosterChange::leavesTheRoster)
                    .forEach(each -> this.changes.revoked(training, each.subject()));
            this.changes.changed(training);
        }
        return new RosterView(training, roster.entries());
    }

    private Roster rosterOf(Training training) {
        return new Roster(training, trainings.participants(training.id()));
    }

    private void saved(Roster roster) {
        roster.dropped().forEach(trainings::remove);
        roster.added().forEach(trainings::add);
    }

    private boolean isVisible(Training training, String user) {
        return training.isVisibleTo(user, !training.isOwnedBy(user)
                && trainings.participant(training.id(), user).filter(entry -> entry.status().isOnTheRoster()).isPresent(),
                circles.includes(training, user));
    }

    private List<Participant> onTheRoster(UUID trainingId) {
        return trainings.participants(trainingId).stream().filter(entry -> entry.status().isOnTheRoster()).toList();
    }

    /** The owner and those who joined take part (record data, attach sensors, read results); anyone else is refused. */
    public void requireTakingPart(Training training, String user) {
        if (!takesPart(training, user)) {
            throw ProblemException.forbidden("Only the owner and those who joined the training record data, attach sensors and see its results");
        }
    }

    public boolean takesPart(Training training, String user) {
        return training.isOwnedBy(user) || trainings.participant(training.id(), user)
                .filter(participant -> participant.status() == ParticipantStatus.JOINED).isPresent();
    }

    /** Someone who may see the training but does not own it is told so, rather than that it is missing. */
    private void requireOwnerIfVisible(Training training, String user) {
        if (!training.isOwnedBy(user) && isVisible(training, user)) {
            throw ProblemException.forbidden("Only the training's owner may do this");
        }
    }

    /** Deletes the training; deleting it again, or one that is missing, changes nothing and succeeds. */
    public WriteOutcome<Training> delete(String athlete, UUID id, Long expectedVersion) {
        Optional<Training> existing = trainings.find(id);
        existing.ifPresent(training -> requireOwnerIfVisible(training, athlete));
        return new ConditionalDelete<Training>(training -> training.isOwnedBy(athlete), Training::isDeleted, Training::version)
                .apply(existing, expectedVersion, training -> {
                    List<Participant> everyone = trainings.participants(id);
                    List<Participant> roster = everyone.stream().filter(entry -> entry.status().isOnTheRoster()).toList();
                    // a completed or cancelled training is not called off again: deleting it is the owner's tidying up
                    boolean wasOpen = training.status().isOpen();
                    training.delete();
                    changes.deleted(training); // a tombstone for everyone who had it, the roster included
                    trainings.routeOf(id).ifPresent(trainings::remove);
                    everyone.forEach(trainings::remove);
                    recordedData.results(id).forEach(changes::deleted); // each participant's own line leaves their feed
                    recordedData.removeAll(id);
                    // a finished training's roster is not told it was called off; account still forgets it
                    events.cancelled(training, wasOpen ? roster.stream().map(Participant::subject).toList() : List.of(), true);
                });
    }

    public WriteOutcome<Training> complete(String athlete, UUID id, Completion completion, Long expectedVersion) {
        return act(athlete, id, expectedVersion, training -> training.isCompletedAs(completion), training -> false, training -> {
            training.complete(completion);
            events.completed(training);
            recordings.completed(training);
        });
    }

    /**
     * Moves the training to {@code target} (in progress or cancelled). Like a completion, an action that needs no
     * If-Match (a stale one is still refused); asking for the state it is in changes nothing.
     */
    public WriteOutcome<Training> changeStatus(String athlete, UUID id, TrainingStatus target, Long expectedVersion) {
        return act(athlete, id, expectedVersion, training -> training.status() == target, training -> false, training -> {
            switch (target) {
                case IN_PROGRESS -> {
                    training.start();
                    events.updated(training);
                }
                case CANCELLED -> {
                    training.cancel();
                    events.cancelled(training, onTheRoster(id).stream().map(Participant::subject).toList(), false);
                }
                default -> throw new IllegalArgumentException("a training is moved to " + target + " otherwise");
            }
        });
    }

    /**
     * Plans the training's route. The first route needs no If-Match (like a completion, it is the training's own
     * part); the same document again changes nothing; another one replaces it, with If-Match as any change.
     */
    public WriteOutcome<Training> route(String athlete, UUID id, RouteFile file, Long expectedVersion) {
        return act(athlete, id, expectedVersion, training -> training.hasRouteOf(file.digest()), training -> training.route().isPresent(),
                training -> {
                    training.route(file.route(), file.digest());
                    events.updated(training);
                    trainings.routeOf(id).ifPresentOrElse(document -> document.replace(file.document()),
                            () -> trainings.add(new TrainingRoute(id, file.document())));
                });
    }

    /** The route and its GPX document of a training the user may see, if it has one. */
    public Optional<RouteFile> routeFile(String athlete, UUID id) {
        return find(athlete, id).flatMap(training -> training.route().flatMap(route -> trainings.routeOf(id)
                .map(document -> RouteFile.of(route, document.gpx()))));
    }

    /**
     * An action on one of the athlete's trainings, by the offline rules: another athlete's is missing, a deleted one
     * gone; one that already is as asked changes nothing; an action that replaces something ({@code needsIfMatch})
     * needs If-Match, and a stale If-Match always loses.
     */
    private WriteOutcome<Training> act(String athlete, UUID id, Long expectedVersion, Predicate<Training> alreadyDone,
                                       Predicate<Training> needsIfMatch, Consumer<Training> action) {
        Optional<Training> found = trainings.find(id);
        found.ifPresent(training -> requireOwnerIfVisible(training, athlete));
        Optional<Training> existing = found.filter(training -> training.isOwnedBy(athlete));
        if (existing.isEmpty()) {
            return WriteOutcome.notFound();
        }
        Training training = existing.get();
        if (training.isDeleted()) {
            return WriteOutcome.gone();
        }
        if (alreadyDone.test(training)) {
            return WriteOutcome.unchanged(training);
        }
        if (expectedVersion == null && needsIfMatch.test(training)) {
            return WriteOutcome.preconditionRequired(training);
        }
        if (expectedVersion != null && expectedVersion != training.version()) {
            return WriteOutcome.stale(training);
        }
        action.accept(training);
        return recorded(WriteOutcome.changed(training));
    }

    private WriteOutcome<Training> recorded(WriteOutcome<Training> outcome) {
        if (outcome.changedIt()) {
            changes.changed(outcome.resource());
        }
        return outcome;
    }
}
