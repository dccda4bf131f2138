package app.tempo.training.application;

import app.tempo.platform.problem.Problem;
import app.tempo.platform.problem.ProblemException;
import app.tempo.platform.problem.ProblemType;
import app.tempo.platform.sync.Changes;
import app.tempo.training.domain.model.recording.ActivitySummary;
import app.tempo.training.domain.model.recording.Calories;
import app.tempo.training.domain.model.recording.Recordings;
import app.tempo.training.domain.model.recording.Result;
import app.tempo.training.domain.model.recording.ResultsTable;
import app.tempo.training.domain.model.recording.Sample;
import app.tempo.training.domain.model.training.Participant;
import app.tempo.training.domain.model.training.ParticipantStatus;
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
import java.util.Set;
import java.util.stream.Collectors;
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

    /** The ranked results table, as {@code viewer} reads it. */
    public record Table(Training training, List<Result> ranked, String viewer) {
    }

    /** 55 hours at 1 Hz. */
    static final int MAX_SAMPLES = 200_000;
    /** The longest activity TrainingCompleted describes (its durationSeconds). */
    static final long MAX_SPAN_SECONDS = 604_800;

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
        // locked before anything is read, so the participation checked is the one at the lock
        Optional<Training> found = trainings.findForUpdate(trainingId).flatMap(locked -> access.find(user, trainingId));
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
        // bounded before they are read back: a participant's recording of one training is one activity
        if (recordings.count(trainingId, user) > MAX_SAMPLES) {
            throw unprocessable("at most " + MAX_SAMPLES + " samples per participant and training (55 hours at 1 Hz)");
        }
        ActivitySummary summary = ActivitySummary.of(recordings.samples(trainingId, user));
        if (summary.durationSeconds() > MAX_SPAN_SECONDS) {
            throw unprocessable("a participant's samples of one training span at most 7 days; these would span "
                    + summary.durationSeconds() / 86_400 + " days");
        }
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

    /** Refuses, before a file is read, a user who may not record data on the training (404, 403). */
    public void requireMayRecord(String user, UUID trainingId) {
        Training training = access.find(user, trainingId).orElseThrow(() -> ProblemException.notFound("Training"));
        access.requireTakingPart(training, user);
    }

    /** The results table, for those taking part; empty when the training is not one the user may see. */
    public Optional<Table> table(String user, UUID trainingId) {
        return access.find(user, trainingId).map(training -> {
            access.requireTakingPart(training, user);
            return new Table(training, ResultsTable.ranked(training.plan().sport(), takingPart(training)), user);
        });
    }

    private static ProblemException unprocessable(String message) {
        return new ProblemException(Problem.of(ProblemType.UNPROCESSABLE, "samples: " + message)
                .withErrors(List.of(new Problem.FieldError("samples", message))), null);
    }

    /** The training was completed: every other participant's result so far becomes their TrainingCompleted. */
    void completed(Training training) {
        takingPart(training).stream().filter(result -> !training.isOwnedBy(result.subject()))
                .sorted(Comparator.comparing(Result::subject))
                .forEach(result -> events.completedBy(training, result));
    }

    /** The lines of the owner and of those who joined: whoever left or was removed is off the table. */
    private List<Result> takingPart(Training training) {
        Set<String> joined = trainings.participants(training.id()).stream()
                .filter(participant -> participant.status() == ParticipantStatus.JOINED).map(Participant::subject)
                .collect(Collectors.toSet());
        return recordings.results(training.id()).stream()
                .filter(result -> training.isOwnedBy(result.subject()) || joined.contains(result.subject())).toList();
    }

}
