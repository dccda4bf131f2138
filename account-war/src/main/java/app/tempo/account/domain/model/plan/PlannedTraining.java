package app.tempo.account.domain.model.plan;

import java.time.Instant;
import java.util.UUID;

/** A training on the athlete's list, with their part in it and the state it was last heard of in. */
public record PlannedTraining(UUID trainingId, String athlete, Role role, String sport, String title, Instant plannedStart,
                              String status) {

    /** The athlete's part: they own it, are invited, joined or wait; LEFT keeps the place of one who left or was removed. */
    public enum Role {
        OWNER, INVITED, JOINED, WAITING, LEFT
    }
}
