package app.tempo.training.domain.model.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RosterTest {

    private static final Instant T0 = Instant.parse("2026-11-22T07:00:00Z");

    private final List<Participant> stored = new ArrayList<>();
    private Instant clock = T0;

    @Test
    void theOwnerInvitesAndTheInviteeJoinsOnce() {
        Training training = training(Visibility.PRIVATE, null);
        assertEquals(List.of(change(RosterChange.Kind.INVITED, "bob", ParticipantStatus.INVITED)), on(training, r -> r.invite("bob", next())));
        assertEquals(List.of(), on(training, r -> r.invite("bob", next())), "inviting again changes nothing");
        assertEquals(List.of(change(RosterChange.Kind.JOINED, "bob", ParticipantStatus.JOINED)), on(training, r -> r.join("bob", true, next())));
        assertEquals(List.of(), on(training, r -> r.join("bob", true, next())), "joining again changes nothing");
        assertEquals(List.of(), on(training, r -> r.invite("bob", next())), "inviting one who joined changes nothing");
        assertEquals(new ParticipantCounts(0, 1, 0), training.participantCounts());
    }

    @Test
    void aStrangerJoinsOnlyAPublicTraining() {
        Training secret = training(Visibility.PRIVATE, null);
        assertThrows(TrainingRuleViolation.class, () -> on(secret, r -> r.join("carol", false, next())));
        Training open = training(Visibility.PUBLIC, null);
        assertEquals(ParticipantStatus.JOINED, on(open, r -> r.join("carol", true, next())).get(0).status());
    }

    @Test
    void beyondCapacityUsersWaitAndMoveUpInOrderWhenAPlaceFrees() {
        Training training = training(Visibility.PUBLIC, 2);
        on(training, r -> r.join("ann", true, next()));
        on(training, r -> r.join("ben", true, next()));
        assertEquals(ParticipantStatus.WAITING, on(training, r -> r.join("cat", true, next())).get(0).status());
        assertEquals(ParticipantStatus.WAITING, on(training, r -> r.join("dan", true, next())).get(0).status());
        assertEquals(new ParticipantCounts(0, 2, 2), training.participantCounts());

        List<RosterChange> leaving = on(training, r -> r.leave("ann", next()));
        assertEquals(List.of(new RosterChange(RosterChange.Kind.LEFT, "ann", null, false),
                new RosterChange(RosterChange.Kind.JOINED, "cat", ParticipantStatus.JOINED, true)), leaving, "the first in line moves up");
        assertEquals(List.of(new RosterChange(RosterChange.Kind.REMOVED, "dan", null, false)), on(training, r -> r.remove("dan", next())),
                "a waiting user removed frees no place");
        assertEquals(new ParticipantCounts(0, 2, 0), training.participantCounts());
        assertEquals(List.of(), on(training, r -> r.leave("ann", next())), "leaving again changes nothing");
    }

    @Test
    void oneTheOwnerRemovedJoinsNoMoreUntilInvitedAgain() {
        Training training = training(Visibility.PUBLIC, null);
        on(training, r -> r.join("ben", true, next()));
        assertEquals(List.of(new RosterChange(RosterChange.Kind.REMOVED, "ben", null, false)), on(training, r -> r.remove("ben", next())));
        assertThrows(TrainingRuleViolation.class, () -> on(training, r -> r.join("ben", true, next())), "removed from a public training");
        assertEquals(List.of(), on(training, r -> r.leave("ben", next())), "one removed has nothing to leave");
        assertEquals(List.of(), on(training, r -> r.remove("ben", next())), "nor to be removed from");
        assertEquals(new ParticipantCounts(0, 0, 0), training.participantCounts());
        assertEquals(ParticipantStatus.INVITED, on(training, r -> r.invite("ben", next())).get(0).status(), "the owner may invite again");
        assertEquals(ParticipantStatus.JOINED, on(training, r -> r.join("ben", true, next())).get(0).status());
    }

    @Test
    void aRosterHoldsAtMostFiveHundred() {
        Training training = training(Visibility.PUBLIC, null);
        for (int i = 0; i < Roster.MAX_ENTRIES; i++) {
            String user = "user" + i;
            on(training, r -> r.invite(user, next()));
        }
        assertThrows(TrainingRuleViolation.class, () -> on(training, r -> r.invite("one-more", next())));
        assertThrows(TrainingRuleViolation.class, () -> on(training, r -> r.join("one-more", true, next())));
        assertEquals(1, on(training, r -> r.join("user7", true, next())).size(), "those on it still join");
        on(training, r -> r.remove("user8", next()));
        on(training, r -> r.invite("newcomer", next()));
        assertThrows(TrainingRuleViolation.class, () -> on(training, r -> r.invite("user8", next())),
                "inviting one removed again counts against the cap too");
    }

    @Test
    void anInviteeAcceptingAFullTrainingWaits() {
        Training training = training(Visibility.PRIVATE, 1);
        on(training, r -> r.invite("bob", next()));
        on(training, r -> r.invite("eve", next()));
        on(training, r -> r.join("bob", true, next()));
        assertEquals(ParticipantStatus.WAITING, on(training, r -> r.join("eve", true, next())).get(0).status());
        assertEquals(new ParticipantCounts(0, 1, 1), training.participantCounts());
    }

    @Test
    void aHigherCapacityLetsTheLineInALowerOneRemovesNoOne() {
        Training training = training(Visibility.PUBLIC, 1);
        on(training, r -> r.join("ann", true, next()));
        on(training, r -> r.join("ben", true, next()));
        on(training, r -> r.join("cat", true, next()));
        training.replan(plan(Visibility.PUBLIC, 3));
        List<RosterChange> filled = on(training, r -> r.fillFreedPlaces(next()));
        assertEquals(List.of("ben", "cat"), filled.stream().map(RosterChange::subject).toList());
        assertTrue(filled.stream().allMatch(RosterChange::promoted));
        training.replan(plan(Visibility.PUBLIC, 1));
        assertEquals(List.of(), on(training, r -> r.fillFreedPlaces(next())));
        assertEquals(new ParticipantCounts(0, 3, 0), training.participantCounts(), "nobody loses a place they have");
        assertEquals(ParticipantStatus.WAITING, on(training, r -> r.join("dan", true, next())).get(0).status());
    }

    @Test
    void theOwnerNeitherJoinsNorLeavesTheirOwnTraining() {
        Training training = training(Visibility.PUBLIC, null);
        assertEquals(List.of(), on(training, r -> r.join("alice", true, next())), "the owner takes part already");
        assertThrows(TrainingRuleViolation.class, () -> on(training, r -> r.invite("alice", next())));
        assertThrows(TrainingRuleViolation.class, () -> on(training, r -> r.leave("alice", next())));
        assertThrows(TrainingRuleViolation.class, () -> on(training, r -> r.remove("alice", next())));
    }

    @Test
    void aFinishedTrainingTakesNoNewParticipantsButLetsThemGo() {
        Training training = training(Visibility.PUBLIC, null);
        on(training, r -> r.join("ann", true, next()));
        training.cancel();
        assertThrows(TrainingRuleViolation.class, () -> on(training, r -> r.join("ben", true, next())));
        assertThrows(TrainingRuleViolation.class, () -> on(training, r -> r.invite("ben", next())));
        assertEquals(RosterChange.Kind.LEFT, on(training, r -> r.leave("ann", next())).get(0).kind());
    }

    /** One change on a roster over what is stored, its additions and removals stored back, as the service does. */
    private List<RosterChange> on(Training training, Function<Roster, List<RosterChange>> change) {
        Roster roster = new Roster(training, stored);
        List<RosterChange> changes = change.apply(roster);
        stored.removeAll(roster.dropped());
        stored.addAll(roster.added());
        return changes;
    }

    private static RosterChange change(RosterChange.Kind kind, String subject, ParticipantStatus status) {
        return new RosterChange(kind, subject, status, false);
    }

    private Instant next() {
        clock = clock.plusSeconds(1);
        return clock;
    }

    private static Training training(Visibility visibility, Integer capacity) {
        return Training.plan(UUID.randomUUID(), "alice", plan(visibility, capacity));
    }

    private static TrainingPlan plan(Visibility visibility, Integer capacity) {
        return new TrainingPlan(Sport.RUN, "Intervals", null, T0, null, null, visibility, null, capacity, null);
    }
}
