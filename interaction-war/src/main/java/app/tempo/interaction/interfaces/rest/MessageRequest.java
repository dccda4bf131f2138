package app.tempo.interaction.interfaces.rest;

import app.tempo.platform.validation.Uuids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /chats/{id}/messages}: the client's message id (sending it again is harmless) and the text. */
public record MessageRequest(
        @NotNull @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE)
        @Schema(required = true, format = "uuid", example = "0f8e7d6c-5b4a-4c3d-9e2f-1a0b9c8d7e6f") String id,
        @NotBlank @Size(max = MessageRequest.MAX_TEXT)
        @Schema(required = true, example = "Meet at the lake at 8?") String text) {

    /** In UTF-16 units, as Java counts them. */
    static final int MAX_TEXT = 4000;
}
