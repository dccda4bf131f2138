package app.tempo.training.interfaces.rest;

import app.tempo.platform.sync.SyncedType;
import app.tempo.training.domain.model.recording.Result;
import app.tempo.training.domain.model.training.Participant;
import app.tempo.training.domain.model.training.Training;
import app.tempo.training.domain.model.training.TrainingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;

/** What training-war's change feed carries ({@code GET /api/v1/training/sync}). */
@ApplicationScoped
public class SyncedResources {

    @Inject
    TrainingRepository trainings;

    /**
     * A training reaches its owner and everyone on its roster (invited, joined or waiting); one who leaves or is
     * removed gets a tombstone. A public training is readable by anyone but reaches only those feeds.
     */
    @Produces
    @ApplicationScoped
    SyncedType<Training> trainingFeed() {
        return SyncedType.declare("training", Training.class, Training::id, Training::version, this::audience, TrainingView::of);
    }

    /**
     * A participant's result line reaches that participant's feed only (its id is the training's and theirs,
     * {@code <trainingId>:<subject>}): it holds their calories. The others read the table with GET; a deleted
     * training's lines get tombstones.
     */
    @Produces
    @ApplicationScoped
    SyncedType<Result> resultFeed() {
        return SyncedType.declare("result", Result.class, result -> result.trainingId() + ":" + result.subject(), Result::version,
                result -> Set.of(result.subject()), ResultView::own);
    }

    private Set<String> audience(Training training) {
        Set<String> audience = new HashSet<>();
        audience.add(training.owner());
        trainings.participants(training.id()).stream().filter(entry -> entry.status().isOnTheRoster())
                .map(Participant::subject).forEach(audience::add);
        return audience;
    }
}
