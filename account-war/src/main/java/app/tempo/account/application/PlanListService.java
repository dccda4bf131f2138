package app.tempo.account.application;

import app.tempo.account.domain.model.plan.PlannedTraining;
import app.tempo.account.domain.model.plan.PlannedTraining.Role;
import app.tempo.account.domain.model.plan.PlannedTrainings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Keeps each athlete's planned-trainings list from training-war's events: the owner's entry from TrainingScheduled
 * and Updated, a participant's from the roster events, every entry's training from Updated and Cancelled.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlanListService {

    /** What a training event says of the training. */
    public record TrainingFacts(UUID trainingId, String owner, String sport, String title, Instant plannedStart, String status) {
    }

    @Inject
    PlannedTrainings plans;

    /** TrainingScheduled or TrainingUpdated. */
    public void planned(TrainingFacts training, Instant heardAt) {
        plans.put(entry(training, training.owner(), Role.OWNER, training.status()), heardAt);
        plans.describe(training.trainingId(), training.sport(), training.title(), training.plannedStart(), training.status(), heardAt);
    }

    /** TrainingCancelled: cancelled stays on the lists as such (off the upcoming ones); deleted leaves them. */
    public void cancelled(TrainingFacts training, boolean deleted, Instant heardAt) {
        if (deleted) {
            plans.forget(training.trainingId());
        } else {
            plans.describe(training.trainingId(), training.sport(), training.title(), training.plannedStart(), "CANCELLED", heardAt);
        }
    }

    /** TrainingCompleted: the training is behind whoever completed it (off their trainings ahead). */
    public void completed(UUID trainingId, Instant heardAt) {
        plans.complete(trainingId, heardAt);
    }

    /** A roster event: the participant's part in the training now (LEFT after leaving or removal). */
    public void rosterChanged(TrainingFacts training, String participant, Role role, Instant heardAt) {
        // roster events happen on open trainings; TrainingUpdated tells a start
        plans.put(entry(training, participant, role, "PLANNED"), heardAt);
    }

    private static PlannedTraining entry(TrainingFacts training, String athlete, Role role, String status) {
        return new PlannedTraining(training.trainingId(), athlete, role, training.sport(), training.title(), training.plannedStart(), status);
    }
}
