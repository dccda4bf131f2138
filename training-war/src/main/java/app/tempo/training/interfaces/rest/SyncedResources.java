package app.tempo.training.interfaces.rest;

import app.tempo.platform.sync.SyncedType;
import app.tempo.training.domain.model.recording.Result;
import app.tempo.training.domain.model.training.Participant;
import app.tempo.training.domain.model.training.ParticipantStatus;
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
     * A participant's result line reaches the owner and those who joined (its id is the training's and the
     * participant's, {@code <trainingId>:<subject>}), each reading it as the table shows it to them: the calories on
     * their own line only. A deleted training's lines get tombstones; one who leaves drops them with the training's.
     */
    @Produces
    @ApplicationScoped
    SyncedType<Result> resultFeed() {
        return SyncedType.declarePerReader("result", Result.class, result -> result.trainingId() + ":" + result.subject(),
                Result::version, this::resultAudience, (result, reader) -> ResultView.of(result, null, reader));
    }

    private Set<String> resultAudience(Result result) {
        Set<String> audience = new HashSet<>();
        trainings.find(result.trainingId()).ifPresent(training -> audience.add(training.owner()));
        trainings.participants(result.trainingId()).stream().filter(participant -> participant.status() == ParticipantStatus.JOINED)
                .map(Participant::subject).forEach(audience::add);
        return audience;
    }

    private Set<String> audience(Training training) {
        Set<String> audience = new HashSet<>();
        audience.add(training.owner());
        trainings.participants(training.id()).stream().filter(entry -> entry.status().isOnTheRoster())
                .map(Participant::subject).forEach(audience::add);
        return audience;
    }
}
