package app.tempo.interaction.domain.model.social;

/** What one act did to a relationship; {@link #NOTHING} when it was already so (every act is idempotent). */
public enum RelationshipChange {
    NOTHING, REQUESTED, ACCEPTED, CANCELLED, DECLINED, ENDED, BLOCKED, UNBLOCKED;

    public boolean changedIt() {
        return this != NOTHING;
    }

    /** Whether the other domains hear of it: friendship and blocks, not the requests before them. */
    public boolean isPublished() {
        return this == ACCEPTED || this == ENDED || this == BLOCKED || this == UNBLOCKED;
    }
}
