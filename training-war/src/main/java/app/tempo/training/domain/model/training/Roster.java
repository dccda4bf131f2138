package app.tempo.training.domain.model.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A training's roster and its rules: the owner invites; a user joins when invited or when the training is public,
 * taking a place while there is room and waiting in line otherwise; whoever leaves or is removed frees their place for
 * the first in line. Every method is idempotent (asking for what already holds changes nothing and returns no change),
 * which is what an offline client replaying its queue needs. The caller persists {@link #added()} and
 * {@link #dropped()}.
 */
public final class Roster {

    public static final int MAX_ENTRIES = 500;
    public static final int MAX_KEPT = 1000;

    private static final Comparator<Participant> IN_LINE = Comparator.comparing(Participant::since).thenComparing(Participant::subject);

    private final Training training;
    private final List<Participant> entries;
    private final List<Participant> added = new ArrayList<>();
    private final List<Participant> dropped = new ArrayList<>();

    public Roster(Training training, List<Participant> entries) {
        this.training = training;
        this.entries = new ArrayList<>(entries);
    }

    public Optional<Participant> entryOf(String subject) {
        return entries.stream().filter(entry -> entry.subject().equals(subject)).findFirst();
    }

    /** Who is on the roster (not those the owner removed). */
    public List<Participant> entries() {
        return entries.stream().filter(entry -> entry.status().isOnTheRoster()).toList();
    }

    /** The owner invites a user. */
    public List<RosterChange> invite(String subject, Instant now) {
        requireOpen();
        if (training.isOwnedBy(subject)) {
            throw new TrainingRuleViolation("The owner takes part in their own training already");
        }
        Optional<Participant> entry = entryOf(subject);
        if (entry.isPresent() && entry.get().status().isOnTheRoster()) {
            return List.of();
        }
        requireRoom();
        if (entry.isPresent()) {
            move(entry.get(), ParticipantStatus.INVITED, now); // the owner changed their mind about one they removed
        } else {
            enter(subject, ParticipantStatus.INVITED, now);
        }
        return List.of(new RosterChange(RosterChange.Kind.INVITED, subject, ParticipantStatus.INVITED, false));
    }

    /**
     * The user joins (or accepts the invitation): a place while there is room, the waiting list otherwise. Without an
     * invitation only one in the training's circle ({@code inCircle}: see {@link Training#isVisibleTo}) may join.
     */
    public List<RosterChange> join(String subject, boolean inCircle, Instant now) {
        if (training.isOwnedBy(subject)) {
            return List.of();
        }
        Optional<Participant> entry = entryOf(subject);
        if (entry.isPresent() && entry.get().status() == ParticipantStatus.REMOVED) {
            throw new TrainingRuleViolation("The owner took you off this training: they may invite you again");
        }
        if (entry.isPresent() && entry.get().status() != ParticipantStatus.INVITED) {
            return List.of();
        }
        requireOpen();
        if (entry.isEmpty() && !inCircle) {
            throw new TrainingRuleViolation("Only an invited user joins a training that is not open to them");
        }
        if (entry.isEmpty()) {
            requireRoom();
        }
        ParticipantStatus status = training.hasRoom() ? ParticipantStatus.JOINED : ParticipantStatus.WAITING;
        entry.ifPresentOrElse(invited -> move(invited, status, now), () -> enter(subject, status, now));
        return List.of(new RosterChange(RosterChange.Kind.JOINED, subject, status, false));
    }

    /** The user leaves, or declines the invitation; the owner cannot leave (they cancel or delete the training). */
    public List<RosterChange> leave(String subject, Instant now) {
        if (training.isOwnedBy(subject)) {
            throw new TrainingRuleViolation("The owner cannot leave their own training: cancel or delete it instead");
        }
        return drop(subject, RosterChange.Kind.LEFT, now);
    }

    /** The owner takes a user off the roster. */
    public List<RosterChange> remove(String subject, Instant now) {
        if (training.isOwnedBy(subject)) {
            throw new TrainingRuleViolation("The owner cannot remove themselves: cancel or delete the training instead");
        }
        return drop(subject, RosterChange.Kind.REMOVED, now);
    }

    /** After the capacity changed: the first in line take the places it opened (a lower capacity removes no one). */
    public List<RosterChange> fillFreedPlaces(Instant now) {
        List<RosterChange> changes = new ArrayList<>();
        while (training.hasRoom()) {
            Optional<Participant> first = entries.stream().filter(entry -> entry.status() == ParticipantStatus.WAITING).min(IN_LINE);
            if (first.isEmpty()) {
                break;
            }
            move(first.get(), ParticipantStatus.JOINED, now);
            changes.add(new RosterChange(RosterChange.Kind.JOINED, first.get().subject(), ParticipantStatus.JOINED, true));
        }
        return changes;
    }

    public List<Participant> added() {
        return List.copyOf(added);
    }

    public List<Participant> dropped() {
        return List.copyOf(dropped);
    }

    /** Off the roster: one who leaves is forgotten, one the owner removes stays marked so they cannot join again. */
    private List<RosterChange> drop(String subject, RosterChange.Kind kind, Instant now) {
        Optional<Participant> entry = entryOf(subject).filter(found -> found.status().isOnTheRoster());
        if (entry.isEmpty()) {
            return List.of();
        }
        if (kind == RosterChange.Kind.REMOVED) {
            move(entry.get(), ParticipantStatus.REMOVED, now);
        } else {
            entries.remove(entry.get());
            if (!added.remove(entry.get())) {
                dropped.add(entry.get());
            }
            training.counted(entry.get().status(), -1);
        }
        List<RosterChange> changes = new ArrayList<>();
        changes.add(new RosterChange(kind, subject, null, false));
        if (training.status().isOpen()) {
            changes.addAll(fillFreedPlaces(now));
        }
        return changes;
    }

    private void enter(String subject, ParticipantStatus status, Instant now) {
        Participant entry = new Participant(training.id(), subject, status, now);
        entries.add(entry);
        added.add(entry);
        training.counted(status, 1);
    }

    private void move(Participant entry, ParticipantStatus status, Instant now) {
        training.counted(entry.status(), -1);
        entry.moveTo(status, now);
        training.counted(status, 1);
    }

    /**
     * A roster holds at most {@value #MAX_ENTRIES} users (invited, joined and waiting): a club, not a mailing list; and
     * at most {@value #MAX_KEPT} entries with those the owner removed.
     */
    private void requireRoom() {
        if (entries.stream().filter(entry -> entry.status().isOnTheRoster()).count() >= MAX_ENTRIES || entries.size() >= MAX_KEPT) {
            throw new TrainingRuleViolation("A training's roster holds at most " + MAX_ENTRIES + " users (and " + MAX_KEPT
                    + " with those removed)");
        }
    }

    private void requireOpen() {
        if (!training.status().isOpen()) {
            throw new TrainingRuleViolation("A " + training.status().name().toLowerCase().replace('_', ' ')
                    + " training takes no new participants");
        }
    }
}
