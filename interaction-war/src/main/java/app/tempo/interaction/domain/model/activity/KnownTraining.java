package app.tempo.interaction.domain.model.activity;

import java.time.Instant;
import java.util.UUID;

/** A training as its plan events describe it. */
public record KnownTraining(UUID trainingId, String owner, String sport, String title, String visibility, UUID groupId,
                            Instant plannedStart, String status) {

    /** Whether its owner's friends may hear that someone completed it. */
    public boolean isSharedWithFriends() {
        return "FRIENDS".equals(visibility) || "PUBLIC".equals(visibility);
    }
}
