package app.tempo.interaction.domain.model.chat;

/** A direct chat's id is the two athletes' relationship id; a group chat's is the group's id. */
public enum ChatKind {
    DIRECT, GROUP
}
