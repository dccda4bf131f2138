package app.tempo.interaction.domain.model.group;

/** What the owner or an admin describes: a name, a description, and whether anyone may join without approval. */
public record GroupDetails(String name, String description, boolean open) {
}
