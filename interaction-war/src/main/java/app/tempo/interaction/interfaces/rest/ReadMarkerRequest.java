package app.tempo.interaction.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /chats/{id}/read}: the newest message the user has seen. */
public record ReadMarkerRequest(@NotNull @Schema(required = true, format = "uuid") UUID upTo) {
}
