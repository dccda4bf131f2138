package app.tempo.training.interfaces.rest;

import app.tempo.training.application.RosterView;
import app.tempo.training.domain.model.training.Participant;
import app.tempo.training.domain.model.training.ParticipantCounts;
import app.tempo.training.domain.model.training.ParticipantStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A training's roster as the API shows it: the owner, the capacity and counts, and every entry; a waiting entry has
 * its place in line (1 moves up first).
 */
public record RosterResponse(UUID trainingId, String owner, Integer capacity, ParticipantCounts counts, List<Entry> participants,
                             long version) {

    public record Entry(String subject, ParticipantStatus status, Instant since, Integer waitingPosition) {
    }

    static RosterResponse of(RosterView view) {
        int[] inLine = {0};
        List<Entry> entries = view.entries().stream()
                .sorted(Comparator.comparing(Participant::since).thenComparing(Participant::subject))
                .map(entry -> new Entry(entry.subject(), entry.status(), entry.since(),
                        entry.status() == ParticipantStatus.WAITING ? ++inLine[0] : null))
                .toList();
        return new RosterResponse(view.training().id(), view.training().owner(), view.training().plan().capacity(),
                view.training().participantCounts(), entries, view.training().version());
    }
}
