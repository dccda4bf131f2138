package app.tempo.interaction.domain.model.notification;

/** Kinds of notification; each comes from one domain event. */
public enum NotificationType {
    TRAINING_COMPLETED, GEAR_REPLACEMENT,
    /** ParticipantInvited: to the invitee. */
    TRAINING_INVITATION,
    /** ParticipantJoined: to the owner when someone takes a place; to the participant when they wait or move up. */
    TRAINING_PARTICIPATION,
    /** TrainingCancelled: to everyone on the roster. */
    TRAINING_CANCELLED
}
