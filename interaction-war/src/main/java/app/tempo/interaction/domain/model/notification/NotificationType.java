package app.tempo.interaction.domain.model.notification;

/** Kinds of notification; each comes from one domain event or social act. An athlete can turn any kind off. */
public enum NotificationType {
    TRAINING_COMPLETED, GEAR_REPLACEMENT,
    /** ParticipantInvited: to the invitee. */
    TRAINING_INVITATION,
    /** ParticipantJoined: to the owner when someone takes a place; to the participant when they wait or move up. */
    TRAINING_PARTICIPATION,
    /** TrainingCancelled: to everyone on the roster. */
    TRAINING_CANCELLED,
    /** TrainingUpdated moving the planned start: to everyone on the roster. */
    TRAINING_MOVED,
    /** A friend request: to the addressee. */
    FRIEND_REQUEST,
    /** A request was accepted: to who sent it. */
    FRIEND_ACCEPTED,
    /** TrainingCompleted by a friend (not of a private training): to each friend. */
    FRIEND_COMPLETED,
    /** A chat message: to each member of the chat but its sender. */
    CHAT_MESSAGE,
    /** A request to join a closed group: to its owner and admins. */
    GROUP_REQUEST,
    /** A group request approved: to who asked. */
    GROUP_JOINED
}
