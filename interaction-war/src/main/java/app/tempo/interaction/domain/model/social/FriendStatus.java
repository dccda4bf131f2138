package app.tempo.interaction.domain.model.social;

/** Where one athlete stands with another, as that athlete sees it. */
public enum FriendStatus {
    NONE, REQUEST_SENT, REQUEST_RECEIVED, FRIENDS
}
