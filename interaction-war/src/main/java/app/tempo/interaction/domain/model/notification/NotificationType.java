package app.tempo.interaction.domain.model.notification;

/** Kinds of notification; each comes from one domain event. */
public enum NotificationType {
    TRAINING_COMPLETED, GEAR_REPLACEMENT
}
