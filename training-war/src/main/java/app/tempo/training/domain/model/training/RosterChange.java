package app.tempo.training.domain.model.training;

/**
 * One change to a training's roster, as it is announced. {@code status} is where the user now stands (none after
 * leaving or being removed); {@code promoted} marks a waiting user who moved up to a freed place.
 */
public record RosterChange(Kind kind, String subject, ParticipantStatus status, boolean promoted) {

    public enum Kind {
        INVITED, JOINED, LEFT, REMOVED
    }

    /** Whether the user is off the roster after it (they lose sight of a training that is not public). */
    public boolean leavesTheRoster() {
        return kind == Kind.LEFT || kind == Kind.REMOVED;
    }
}
