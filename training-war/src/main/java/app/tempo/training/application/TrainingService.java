package app.tempo.training.application;

import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.sync.Changes;
import app.tempo.platform.write.ConditionalDelete;
import app.tempo.platform.write.ConditionalPut;
import app.tempo.platform.write.WriteOutcome;
import app.tempo.training.domain.model.route.RouteFile;
import app.tempo.training.domain.model.route.TrainingRoute;
import app.tempo.training.domain.model.training.Completion;
import app.tempo.training.domain.model.training.Training;
import app.tempo.training.domain.model.training.TrainingEvents;
import app.tempo.training.domain.model.training.TrainingStatus;
import app.tempo.training.domain.model.training.TrainingPlan;
import app.tempo.training.domain.model.training.TrainingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
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
    TrainingRepository trainings;

    @Inject
    TrainingEvents events;

    @Inject
    @ConfigProperty(name = "tempo.quota.trainings-per-athlete", defaultValue = "20000")
    long maxTrainings;

    @Inject
    Changes changes;

    /** A training of this athlete's; another athlete's, or a deleted one, is indistinguishable from a missing one. */
    public Optional<Training> find(String athlete, UUID id) {
        return trainings.find(id).filter(training -> training.isOwnedBy(athlete) && !training.isDeleted());
    }

    public WriteOutcome<Training> put(String athlete, UUID id, TrainingPlan plan, Long expectedVersion) {
        return recorded(new ConditionalPut<Training>(training -> training.isOwnedBy(athlete), training -> training.isPlannedAs(plan),
                Training::version, Training::isDeleted)
                .apply(trainings.find(id), expectedVersion, () -> {
                    if (trainings.countOwnedBy(athlete) >= maxTrainings) {
                        throw ProblemException.quotaExceeded("trainings", maxTrainings);
                    }
                    Training training = Training.plan(id, athlete, plan);
                    trainings.add(training);
                    return training;
                }, training -> training.replan(plan)));
    }

    /** Deletes the training; deleting it again, or one that is missing, changes nothing and succeeds. */
    public WriteOutcome<Training> delete(String athlete, UUID id, Long expectedVersion) {
        return new ConditionalDelete<Training>(training -> training.isOwnedBy(athlete), Training::isDeleted, Training::version)
                .apply(trainings.find(id), expectedVersion, training -> {
                    training.delete();
                    trainings.routeOf(id).ifPresent(trainings::remove);
                    changes.deleted(training);
                });
    }

    public WriteOutcome<Training> complete(String athlete, UUID id, Completion completion, Long expectedVersion) {
        return act(athlete, id, expectedVersion, training -> training.isCompletedAs(completion), training -> false, training -> {
            training.complete(completion);
            events.completed(training);
        });
    }

    /**
     * Moves the training to {@code target} (in progress or cancelled). Like a completion, an action that needs no
     * If-Match (a stale one is still refused); asking for the state it is in changes nothing.
     */
    public WriteOutcome<Training> changeStatus(String athlete, UUID id, TrainingStatus target, Long expectedVersion) {
        return act(athlete, id, expectedVersion, training -> training.status() == target, training -> false, training -> {
            switch (target) {
                case IN_PROGRESS -> training.start();
                case CANCELLED -> training.cancel();
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
                    trainings.routeOf(id).ifPresentOrElse(document -> document.replace(file.document()),
                            () -> trainings.add(new TrainingRoute(id, file.document())));
                });
    }

    /** The route and its GPX document of a training of this athlete's, if it has one. */
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
        Optional<Training> existing = trainings.find(id).filter(training -> training.isOwnedBy(athlete));
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
