package app.tempo.interaction.application;

import java.time.Instant;

/** What a roster event (ParticipantInvited or ParticipantJoined) means for the people it concerns. */
public record RosterNews(Kind kind, String trainingId, String owner, String participant, String title, Instant plannedStart) {

    public enum Kind {
        INVITED, TOOK_A_PLACE, WAITING, MOVED_UP
    }

    /** ", planned for <instant>", or nothing without a planned start (the app shows it in the reader's zone). */
    String when() {
        return plannedStart == null ? "" : ", planned for " + plannedStart;
    }
}
