package app.tempo.training.application;

import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.sync.Changes;
import app.tempo.training.domain.model.recording.ActivitySummary;
import app.tempo.training.domain.model.recording.Calories;
import app.tempo.training.domain.model.recording.Recordings;
import app.tempo.training.domain.model.recording.Result;
import app.tempo.training.domain.model.recording.ResultsTable;
import app.tempo.training.domain.model.recording.Sample;
import app.tempo.training.domain.model.training.Training;
import app.tempo.training.domain.model.training.TrainingEvents;
import app.tempo.training.domain.model.training.TrainingRepository;
import app.tempo.training.domain.model.training.TrainingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Recorded data: each participant uploads their samples in batches, in any order and long after the fact; each batch
 * is taken once (by its id), and their result line is recomputed from all their samples. Once the training is
 * completed, each new result is published as that participant's TrainingCompleted, which replaces their earlier one.
 */
@ApplicationScoped
@Transactional
public class RecordingService {

    /** What one upload did: the participant's line as it now stands, and whether the batch was new. */
    public record Recorded(Result result, boolean changed) {
    }

    /** What the upload says besides its samples: the body weight for calories (never stored), gear and sensors. */
    public record Upload(UUID batchId, List<Sample> samples, Double weightKg, List<UUID> gearIds, List<UUID> sensorIds) {
    }

    /** The ranked results table. */
    public record Table(Training training, List<Result> ranked) {
    }

    @Inject
    TrainingRepository trainings;

    @Inject
    Recordings recordings;

    @Inject
    TrainingService access;

    @Inject
    TrainingEvents events;

    @Inject
    Changes changes;

    /** Takes a batch of the user's samples; empty when the training is not one they may see. */
    public Optional<Recorded> record(String user, UUID trainingId, Upload upload) {
        Optional<Training> found = access.find(user, trainingId).flatMap(visible -> trainings.findForUpdate(trainingId));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Training training = found.get();
        access.requireTakingPart(training, user);
        if (recordings.hasBatch(trainingId, user, upload.batchId())) {
            return Optional.of(new Recorded(recordings.result(trainingId, user).orElseThrow(), false));
        }
        if (upload.samples().isEmpty()) {
            throw ProblemException.invalidField("samples", "a batch holds at least one sample");
        }
        recordings.addBatch(trainingId, user, upload.batchId(), upload.samples());
        ActivitySummary summary = ActivitySummary.of(recordings.samples(trainingId, user));
        Double calories = upload.weightKg() == null ? null
                : Calories.of(training.plan().sport(), upload.weightKg(), summary.movingSeconds()).orElse(null);
        Optional<Result> earlier = recordings.result(trainingId, user);
        Result result = earlier.orElseGet(() -> new Result(trainingId, user));
        result.summarise(summary, calories, upload.weightKg() != null);
        result.equippedWith(upload.gearIds(), upload.sensorIds());
        if (earlier.isEmpty()) {
            recordings.add(result);
        }
        changes.changed(result);
        if (training.status() == TrainingStatus.COMPLETED) {
            events.completedBy(training, result);
        }
        return Optional.of(new Recorded(result, true));
    }

    /** The results table, for those taking part; empty when the training is not one the user may see. */
    public Optional<Table> table(String user, UUID trainingId) {
        return access.find(user, trainingId).map(training -> {
            access.requireTakingPart(training, user);
            return new Table(training, ResultsTable.ranked(training.plan().sport(), recordings.results(trainingId)));
        });
    }

    /** The training was completed: every participant's result so far becomes their TrainingCompleted. */
    void completed(Training training) {
        recordings.results(training.id()).stream().filter(result -> !training.isOwnedBy(result.subject()))
                .sorted(Comparator.comparing(Result::subject))
                .forEach(result -> events.completedBy(training, result));
    }

}
