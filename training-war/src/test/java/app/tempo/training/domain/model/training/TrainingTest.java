package app.tempo.training.domain.model.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrainingTest {

    private static final TrainingPlan PLAN = new TrainingPlan(Sport.RUN, "Tempo run", null, Instant.parse("2026-11-22T07:00:00Z"), null, 50, null, null, null, null);
    private static final Completion DONE = new Completion(Instant.parse("2026-11-22T07:52:00Z"), 10250, 3050, List.of(UUID.randomUUID()), List.of());

    @Test
    void aNewTrainingIsPlannedAndPrivateByDefault() {
        Training training = Training.plan(UUID.randomUUID(), "alice", PLAN);
        assertEquals(TrainingStatus.PLANNED, training.status());
        assertEquals(Visibility.PRIVATE, training.plan().visibility());
        assertTrue(training.isPlannedAs(PLAN), "the same plan, with the default left implicit, is no change");
        assertNull(training.completion());
    }

    @Test
    void completingRecordsTheResultOnce() {
        Training training = Training.plan(UUID.randomUUID(), "alice", PLAN);
        training.complete(DONE);
        assertEquals(TrainingStatus.COMPLETED, training.status());
        assertTrue(training.isCompletedAs(DONE), "a replay of the same completion is recognised");
        assertFalse(training.isCompletedAs(new Completion(DONE.completedAt(), 9999, 3050, DONE.gearIds(), List.of())));
        assertThrows(TrainingRuleViolation.class, () -> training.complete(DONE), "completing twice is refused");
    }

    @Test
    void aCompletedTrainingCannotBeReplanned() {
        Training training = Training.plan(UUID.randomUUID(), "alice", PLAN);
        training.complete(DONE);
        assertThrows(TrainingRuleViolation.class,
                () -> training.replan(new TrainingPlan(Sport.RIDE, "Other", null, null, null, null, Visibility.PUBLIC, null, null, null)));
    }

    @Test
    void aGroupTrainingNamesItsGroupAndNoOtherDoes() {
        UUID group = UUID.randomUUID();
        InvalidPlan missing = assertThrows(InvalidPlan.class, () -> Training.plan(UUID.randomUUID(), "alice",
                new TrainingPlan(Sport.RUN, "Club run", null, null, null, null, Visibility.GROUP, null, null, null)));
        assertEquals("groupId", missing.field());
        assertThrows(InvalidPlan.class, () -> Training.plan(UUID.randomUUID(), "alice",
                new TrainingPlan(Sport.RUN, "Club run", null, null, null, null, Visibility.PUBLIC, group, null, null)));
        Training club = Training.plan(UUID.randomUUID(), "alice",
                new TrainingPlan(Sport.RUN, "Club run", null, null, null, null, Visibility.GROUP, group, null, null));
        assertEquals(group, club.plan().groupId());
        assertEquals(TrainingPlan.DEFAULT_ZONE, club.plan().timeZone(), "planned in UTC unless a zone is given");
    }

    @Test
    void whoSeesATraining() {
        Training secret = Training.plan(UUID.randomUUID(), "alice", PLAN);
        assertTrue(secret.isVisibleTo("alice", false, false));
        assertFalse(secret.isVisibleTo("bob", false, false), "private: not to a stranger");
        assertTrue(secret.isVisibleTo("bob", true, false), "to anyone on its roster");
        assertTrue(secret.isVisibleTo("bob", false, true), "to anyone in its circle");
        secret.delete();
        assertFalse(secret.isVisibleTo("alice", false, true), "deleted: to no one");
    }

    @Test
    void onlyTheOwnerOwnsIt() {
        Training training = Training.plan(UUID.randomUUID(), "alice", PLAN);
        assertTrue(training.isOwnedBy("alice"));
        assertFalse(training.isOwnedBy("bob"));
    }

    @Test
    void aTrainingIsStartedThenCompletedAndFinalStatesStay() {
        Training training = Training.plan(UUID.randomUUID(), "alice", PLAN);
        training.start();
        assertEquals(TrainingStatus.IN_PROGRESS, training.status());
        assertThrows(TrainingRuleViolation.class, training::start, "started once");
        assertThrows(TrainingRuleViolation.class, () -> training.replan(PLAN), "the plan is fixed once it runs");
        training.complete(DONE);
        assertEquals(TrainingStatus.COMPLETED, training.status());
        assertThrows(TrainingRuleViolation.class, training::cancel, "a completed training is not cancelled");
        assertThrows(TrainingRuleViolation.class, training::start);
    }

    @Test
    void aCancelledTrainingIsNeitherStartedNorCompleted() {
        Training planned = Training.plan(UUID.randomUUID(), "alice", PLAN);
        planned.cancel();
        assertEquals(TrainingStatus.CANCELLED, planned.status());
        assertThrows(TrainingRuleViolation.class, planned::start);
        assertThrows(TrainingRuleViolation.class, () -> planned.complete(DONE));
        assertThrows(TrainingRuleViolation.class, planned::cancel);
        Training running = Training.plan(UUID.randomUUID(), "alice", PLAN);
        running.start();
        running.cancel();
        assertEquals(TrainingStatus.CANCELLED, running.status(), "a started training can be called off");
    }
}
