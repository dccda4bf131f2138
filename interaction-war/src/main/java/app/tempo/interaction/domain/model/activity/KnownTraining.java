package app.tempo.interaction.domain.model.activity;

import java.time.Instant;
import java.util.UUID;

/** A training as its plan events describe it. */
public record KnownTraining(UUID trainingId, String owner, String sport, String title, String visibility, UUID groupId,
                            Instant plannedStart, String status) {

    /**
     * Whether the friends of one who completed it may hear of it: anyone's, of a public training; the owner's, of one
     * shared with friends (a participant's friends are not the owner's).
     */
    public boolean isSharedWithFriendsOf(String athlete) {
        return "PUBLIC".equals(visibility) || "FRIENDS".equals(visibility) && owner.equals(athlete);
    }
}
