package app.tempo.interaction.application;

import app.tempo.interaction.domain.model.activity.KnownTraining;
import app.tempo.interaction.domain.model.activity.KnownTrainings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What training-war's plan and roster events change in interaction: the trainings it knows (a group's list, whether
 * friends hear of a completion), who is on each roster, and the roster hearing that a training moved.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlanNews {

    @Inject
    KnownTrainings trainings;

    @Inject
    NotificationService notifications;

    /**
     * A training was described (scheduled or updated). Its roster is told when this event moved its planned start: the
     * start known before differs from the one kept after it (a late event changes nothing, so tells nobody).
     */
    public void described(UUID eventId, KnownTraining training, ZoneId zone, Instant occurredAt) {
        Optional<Instant> before = trainings.find(training.trainingId()).map(KnownTraining::plannedStart);
        trainings.learn(training, occurredAt);
        Optional<Instant> after = trainings.find(training.trainingId()).map(KnownTraining::plannedStart);
        boolean moved = before.isPresent() && after.isPresent() && !Objects.equals(before.get(), after.get())
                && Objects.equals(after.get(), training.plannedStart());
        if (moved && "PLANNED".equals(training.status())) {
            notifications.trainingMoved(eventId, training, zone, trainings.rosterOf(training.trainingId()), occurredAt);
        }
    }

    public void rosterChanged(UUID trainingId, String subject, boolean onRoster) {
        trainings.rosterChanged(trainingId, subject, onRoster);
    }
}
